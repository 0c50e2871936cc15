"""Damages a file the way tools after the build do, for the tests.

  patch.py set-pe-checksum FILE VALUE   write VALUE (hex) into the CheckSum
  patch.py set-size-of-image FILE VALUE write VALUE (hex) into SizeOfImage
  patch.py append FILE TEXT             append TEXT's bytes
"""
import struct
import sys

command, path = sys.argv[1:3]
data = bytearray(open(path, "rb").read())
if command == "set-pe-checksum":
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    struct.pack_into("<I", data, pe + 4 + 20 + 64, int(sys.argv[3], 16))
elif command == "set-size-of-image":
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    struct.pack_into("<I", data, pe + 4 + 20 + 56, int(sys.argv[3], 16))
elif command == "append":
    data += sys.argv[3].encode()
else:
    sys.exit("patch.py: unknown command " + command)
open(path, "wb").write(data)
