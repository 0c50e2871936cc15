"""Writes a 1x1 32-bit .ico file (the smallest valid icon) to argv[1]."""
import struct
import sys

bitmap = struct.pack("<IiiHHIIiiII", 40, 1, 2, 1, 32, 0, 8, 0, 0, 0, 0)
pixels = b"\x00\x80\xff\xff" + b"\x00\x00\x00\x00"  # one pixel, then the mask
image = bitmap + pixels
header = struct.pack("<HHH", 0, 1, 1)
entry = struct.pack("<BBBBHHII", 1, 1, 0, 0, 1, 32, len(image), 6 + 16)
open(sys.argv[1], "wb").write(header + entry + image)
