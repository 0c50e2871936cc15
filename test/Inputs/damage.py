"""Writes a damaged copy of an executable, one named damage at a time, for
the hostile-input tests (test/Hostile). Offsets come from the file's own
headers, so the damage lands on the same field of any PE, ELF or Mach-O.

Usage: damage.py DAMAGE IN OUT
"""
import struct
import sys

HUGE = 0x7FFFFFF0


class PE:
    def __init__(self, data):
        self.d = data
        self.pe = struct.unpack_from("<I", data, 0x3C)[0]
        self.coff = self.pe + 4
        self.nsections = struct.unpack_from("<H", data, self.coff + 2)[0]
        self.opt = self.coff + 20
        self.optsize = struct.unpack_from("<H", data, self.coff + 16)[0]
        self.plus = struct.unpack_from("<H", data, self.opt)[0] == 0x20B
        self.dirs = self.opt + (112 if self.plus else 96)
        self.sections = self.opt + self.optsize

    def u32(self, at, value=None):
        if value is None:
            return struct.unpack_from("<I", self.d, at)[0]
        struct.pack_into("<I", self.d, at, value & 0xFFFFFFFF)

    def u16(self, at, value):
        struct.pack_into("<H", self.d, at, value)

    def dir(self, index, rva=None, size=None):
        at = self.dirs + 8 * index
        if rva is not None:
            self.u32(at, rva)
        if size is not None:
            self.u32(at + 4, size)
        return self.u32(at), self.u32(at + 4)

    def section(self, i):
        return self.sections + 40 * i

    def rva_to_offset(self, rva):
        for i in range(self.nsections):
            s = self.section(i)
            va, raw_size, raw = self.u32(s + 12), self.u32(s + 16), self.u32(s + 20)
            if va <= rva < va + raw_size:
                return raw + rva - va
        raise SystemExit("damage.py: RVA %#x is in no section" % rva)

    def import_descriptor(self):
        return self.rva_to_offset(self.dir(1)[0])

    def section_name(self, i):
        """The name of section i, a long one ("/4") read from the string
        table after the COFF symbols."""
        raw = bytes(self.d[self.section(i):self.section(i) + 8]).rstrip(b"\0")
        if not raw.startswith(b"/"):
            return raw
        strings = self.u32(self.coff + 8) + 18 * self.u32(self.coff + 12)
        at = strings + int(raw[1:])
        return bytes(self.d[at:self.d.index(b"\0", at)])

    def section_named(self, name):
        for i in range(self.nsections):
            if self.section_name(i) == name:
                return self.section(i)
        raise SystemExit("damage.py: no section %r" % name)

    def zdebug_info(self):
        """The raw data offset of .zdebug_info."""
        return self.u32(self.section_named(b".zdebug_info") + 20)


def pe_damage(name, d):
    p = PE(d)
    first = p.section(0)
    if name == "pe-lfanew-past-end":
        p.u32(0x3C, len(d) + 64)
    elif name == "pe-sections-65535":
        p.u16(p.coff + 2, 0xFFFF)
    elif name == "pe-sections-many":
        # 65000 section headers (over the sections' own bytes), each a copy
        # of the one with the most data: 65000 views of the same bytes.
        n = 65000
        biggest = max(range(p.nsections), key=lambda i: p.u32(p.section(i) + 16))
        entry = bytes(d[p.section(biggest):p.section(biggest) + 40])
        entry = entry[:36] + struct.pack("<I", 0x40000040)  # initialized data, readable
        d[p.sections:p.sections + 40 * n] = entry * n
        p.u16(p.coff + 2, n)
        for i in range(16):  # the tables were in the bytes overwritten
            p.dir(i, rva=0, size=0)
    elif name == "pe-optional-header-size-huge":
        p.u16(p.coff + 16, 0xFFFF)
    elif name == "pe-rva-count-huge":
        p.u32(p.dirs - 4, 0xFFFFFFFF)
    elif name == "pe-size-of-headers-huge":
        p.u32(p.opt + 60, 0xFFFFFFFF)
    elif name == "pe-entry-outside":
        p.u32(p.opt + 16, HUGE)
    elif name == "pe-section-raw-past-end":
        p.u32(first + 20, len(d) - 16)
    elif name == "pe-section-raw-huge":
        p.u32(first + 16, 0xFFFFFFF0)
    elif name == "pe-sections-overlap":
        va = p.u32(first + 12)
        for i in range(p.nsections):
            p.u32(p.section(i) + 12, va)
    elif name == "pe-long-name-outside":
        d[first:first + 8] = b"/9999999"
    elif name == "pe-symtab-past-end":
        p.u32(p.coff + 8, len(d) + 4096)
    elif name == "pe-symbols-huge":
        p.u32(p.coff + 12, 0x7FFFFFFF)
    elif name == "pe-import-dir-outside":
        p.dir(1, rva=HUGE)
    elif name == "pe-import-name-outside":
        p.u32(p.import_descriptor() + 12, HUGE)
    elif name == "pe-import-lookup-outside":
        at = p.import_descriptor()
        p.u32(at, HUGE)
        p.u32(at + 16, HUGE)
    elif name == "pe-import-entries-outside":
        # Every entry of the first DLL's lookup table names an RVA past the file.
        at = p.import_descriptor()
        table = p.rva_to_offset(p.u32(at) or p.u32(at + 16))
        step = 8 if p.plus else 4
        while struct.unpack_from("<Q" if p.plus else "<I", d, table)[0]:
            p.u32(table, HUGE)
            if p.plus:
                p.u32(table + 4, 0)
            table += step
    elif name == "pe-import-no-end":
        # No zeroed descriptor: the directory runs into the end of .idata.
        at = p.import_descriptor()
        s = p.section_named(b".idata")
        end = p.u32(s + 20) + p.u32(s + 16)
        d[at:end] = b"\x41" * (end - at)
    elif name == "pe-import-same-table":
        # Thousands of descriptors that all share one lookup table.
        at = p.import_descriptor()
        s = p.section_named(b".idata")
        end = p.u32(s + 20) + p.u32(s + 16)
        desc = bytes(d[at:at + 20])
        n = (end - at) // 20 - 1
        d[at:at + 20 * n] = desc * n
    elif name == "pe-import-distinct":
        # Descriptors whose names are code bytes, each a different one, and
        # whose tables are outside the file: many distinct problems.
        at = p.import_descriptor()
        s = p.section_named(b".idata")
        end = p.u32(s + 20) + p.u32(s + 16)
        text = p.u32(first + 12)
        for i in range((end - at) // 20 - 1):
            struct.pack_into("<IIIII", d, at + 20 * i, HUGE, 0, 0, text + 97 * i + 1, HUGE)
    elif name == "pe-import-table-loop":
        # The lookup table is the import directory itself.
        rva = p.dir(1)[0]
        at = p.import_descriptor()
        p.u32(at, rva)
        p.u32(at + 16, rva)
    elif name == "pe-delay-dir-outside":
        p.dir(13, rva=HUGE, size=64)
    elif name == "pe-delay-garbage":
        # The delay-import directory over the code: descriptors of noise.
        p.dir(13, rva=p.u32(first + 12), size=256)
    elif name == "pe-resource-outside":
        p.dir(2, rva=HUGE, size=256)
    elif name == "pe-resource-garbage":
        text = p.u32(first + 12)
        p.dir(2, rva=text, size=256)
        d[p.rva_to_offset(text) + 12:p.rva_to_offset(text) + 16] = b"\xff\xff\xff\xff"
    elif name == "pe-cert-past-end":
        p.dir(4, rva=len(d) - 8, size=0x1000)
    elif name == "pe-cert-huge":
        p.dir(4, rva=0x200, size=0xFFFFFFFF)
    elif name == "pe-checksum-huge":
        p.u32(p.opt + 64, 0xFFFFFFFF)
    elif name == "pe-zdebug-magic-bad":
        d[p.zdebug_info():p.zdebug_info() + 4] = b"ZLIX"
    elif name == "pe-zdebug-size-huge":
        struct.pack_into(">Q", d, p.zdebug_info() + 4, 1 << 40)
    else:
        return False
    return True


def elf_damage(name, d):
    is64 = d[4] == 2
    fmt = "<Q" if is64 else "<I"

    def put(at, value, f=fmt):
        struct.pack_into(f, d, at, value)

    def get(at, f=fmt):
        return struct.unpack_from(f, d, at)[0]

    phoff_at, shoff_at = (0x20, 0x28) if is64 else (0x1C, 0x20)
    phnum_at, shentsize_at, shnum_at, shstrndx_at = ((0x38, 0x3A, 0x3C, 0x3E) if is64
                                                     else (0x2C, 0x2E, 0x30, 0x32))
    shoff, shnum = get(shoff_at), get(shnum_at, "<H")
    shsize = get(shentsize_at, "<H")
    sec = lambda i: shoff + i * shsize
    off_field, size_field = (0x18, 0x20) if is64 else (0x10, 0x14)

    def section_named(want):
        strtab = get(sec(get(shstrndx_at, "<H")) + off_field)
        for i in range(shnum):
            n = get(sec(i), "<I")
            if d[strtab + n:strtab + n + len(want) + 1] == want + b"\0":
                return sec(i)
        raise SystemExit("damage.py: no section %r" % want)

    if name == "elf-class-bad":
        d[4] = 3
    elif name == "elf-shoff-past-end":
        put(shoff_at, len(d) + 64)
    elif name == "elf-shnum-huge":
        put(shnum_at, 0xFFFF, "<H")
    elif name == "elf-shstrndx-bad":
        put(shstrndx_at, 0xFFF0, "<H")
    elif name == "elf-phoff-past-end":
        put(phoff_at, len(d) + 64)
    elif name == "elf-phnum-huge":
        put(phnum_at, 0xFFFF, "<H")
    elif name == "elf-section-offset-past-end":
        put(sec(1) + off_field, len(d) + 4096)
    elif name == "elf-section-size-huge":
        put(sec(1) + size_field, 0x7FFFFFFFFFFF if is64 else 0x7FFFFFFF)
    elif name == "elf-names-outside":
        for i in range(1, shnum):
            put(sec(i), 0x7FFFFFF0, "<I")
    elif name == "elf-buildinfo-outside":
        put(section_named(b".go.buildinfo") + off_field, len(d) - 8)
    elif name == "elf-symtab-garbage":
        s = section_named(b".symtab")
        put(s + size_field, get(s + size_field) + 4096 * 24)
    elif name.startswith("elf-compressed-"):
        # The compression header (Elf32/64_Chdr) of .debug_info: ch_type,
        # (ch_reserved,) ch_size, ch_addralign; then the zlib stream.
        s = section_named(b".debug_info")
        flags = get(s + 8)
        if not flags & 0x800:
            raise SystemExit("damage.py: .debug_info is not SHF_COMPRESSED")
        off, size = get(s + off_field), get(s + size_field)
        header = 24 if is64 else 12
        if name == "elf-compressed-size-huge":
            put(off + (8 if is64 else 4), (1 << 40) if is64 else 0xFFFFFFF0)
        elif name == "elf-compressed-size-small":
            put(off + (8 if is64 else 4), 16)
        elif name == "elf-compressed-type-bad":
            put(off, 7, "<I")
        elif name == "elf-compressed-type-zstd":
            put(off, 2, "<I")
        elif name == "elf-compressed-header-cut":
            put(s + size_field, header - 2)
        elif name == "elf-compressed-stream-cut":
            put(s + size_field, header + 64)
        elif name == "elf-compressed-stream-corrupt":
            mid = off + header + (size - header) // 2
            d[mid:mid + 16] = bytes(b ^ 0xFF for b in d[mid:mid + 16])
        elif name == "elf-compressed-many":
            # A new section header table at the end of the file: the old
            # one, then 60,000 copies of .debug_info's header, all over
            # the same compressed bytes.
            table = bytes(d[shoff:shoff + shnum * shsize])
            copies = 60000
            d += b"\0" * (-len(d) % 8)
            put(shoff_at, len(d))
            d += table + bytes(d[s:s + shsize]) * copies
            put(shnum_at, shnum + copies, "<H")
        else:
            return False
    else:
        return False
    return True


def macho_damage(name, d):
    ncmds_at, sizeofcmds_at, first_cmd = 16, 20, 32
    if name == "macho-ncmds-huge":
        struct.pack_into("<I", d, ncmds_at, 0xFFFFFFFF)
    elif name == "macho-sizeofcmds-huge":
        struct.pack_into("<I", d, sizeofcmds_at, 0xFFFFFFF0)
    elif name == "macho-cmdsize-zero":
        struct.pack_into("<I", d, first_cmd + 4, 0)
    elif name == "macho-segment-past-end":
        # The second load command is __TEXT's LC_SEGMENT_64: fileoff at +40.
        at = first_cmd
        for _ in range(1):
            at += struct.unpack_from("<I", d, at + 4)[0]
        struct.pack_into("<Q", d, at + 40, len(d) + 4096)
    elif name == "macho-fat-huge":
        # A fat header claiming four billion slices, around the thin file.
        d[:0] = struct.pack(">II", 0xCAFEBABE, 0xFFFFFFFF) + b"\0" * 4088
    elif name == "macho-fat-slice-past-end":
        thin = bytes(d)
        cpu, sub = struct.unpack_from("<II", thin, 4)
        d[:] = struct.pack(">IIIIIII", 0xCAFEBABE, 1, cpu, sub, 4096, len(thin) * 2, 12)
        d += b"\0" * (4096 - len(d)) + thin
    else:
        return False
    return True


def buildinfo_damage(name, d):
    at = d.find(b"\xff Go buildinf:")
    if at < 0:
        raise SystemExit("damage.py: no build info")
    if name == "buildinfo-ptrsize-bad":
        d[at + 14] = 3
    elif name == "buildinfo-version-length-huge":
        d[at + 32:at + 37] = b"\xff\xff\xff\xff\x0f"
    elif name == "buildinfo-varint-endless":
        d[at + 32:at + 44] = b"\xff" * 12
    elif name == "buildinfo-modinfo-length-huge":
        vlen = d[at + 32]
        d[at + 33 + vlen:at + 33 + vlen + 5] = b"\xff\xff\xff\xff\x0f"
    elif name == "buildinfo-old-format-pointers":
        d[at + 15] = 0  # pointer format, little endian, pointers into noise
        struct.pack_into("<QQ", d, at + 16, HUGE, HUGE)
    elif name == "buildinfo-header-at-end":
        d[:] = d[:at + 20]
    else:
        return False
    return True


def main():
    name, src, dst = sys.argv[1:4]
    d = bytearray(open(src, "rb").read())
    if not (name.startswith("pe-") and pe_damage(name, d) or
            name.startswith("elf-") and elf_damage(name, d) or
            name.startswith("macho-") and macho_damage(name, d) or
            name.startswith("buildinfo-") and buildinfo_damage(name, d)):
        sys.exit("damage.py: unknown damage " + name)
    open(dst, "wb").write(d)


main()
