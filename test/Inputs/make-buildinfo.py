"""Prints, as hex for a yaml2obj SectionData/Content field, a Go build info
blob in the Go 1.18+ inline format: the 32-byte header, then the version and
the modinfo as uvarint-length-prefixed strings. Used to write the fixtures
under test/*/Inputs; kept so they can be regenerated.

Usage: make-buildinfo.py VERSION MODINFO_FILE [--big-endian] [--ptrsize N]
"""
import sys

SENTINEL_START = bytes.fromhex("3077af0c9274080241e1c107e6d618e6")
SENTINEL_END = bytes.fromhex("f932433186182072008242104116d8f2")


def uvarint(n):
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def blob(version, modinfo, big_endian=False, ptrsize=8):
    header = b"\xff Go buildinf:" + bytes([ptrsize, 2 | (1 if big_endian else 0)])
    header += b"\0" * (32 - len(header))
    mod = SENTINEL_START + modinfo + SENTINEL_END
    return header + uvarint(len(version)) + version + uvarint(len(mod)) + mod


if __name__ == "__main__":
    args = sys.argv[1:]
    big = "--big-endian" in args
    ptrsize = 8
    if "--ptrsize" in args:
        ptrsize = int(args[args.index("--ptrsize") + 1])
    version = args[0].encode()
    modinfo = open(args[1], "rb").read()
    print(blob(version, modinfo, big, ptrsize).hex().upper())
