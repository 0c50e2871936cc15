//===- GoQuote.cpp - Go string literals as strconv quotes them ------------===//
///
/// \file
/// strconv.Quote and strconv.Unquote, which the modinfo format uses for build
/// settings that hold spaces, tabs or quotes. Go's UTF-8 rules apply: an
/// ill-formed byte (overlong form, surrogate, past U+10FFFF, truncated
/// sequence) is one error rune of width 1.
///
/// "Printable" follows strconv.IsPrint (letters, marks, numbers, punctuation,
/// symbols and U+0020) by way of LLVM's Unicode table, which also counts the
/// other space separators and U+00AD as printable; those are excluded here.
/// LLVM 19's table is Unicode 15.1 and Go's (1.21 to 1.26) is 15.0, so the
/// 627 code points assigned in 15.1 (such as U+2FFC-U+2FFF, U+31EF and the
/// CJK Extension I block U+2EBF0-U+2EE5D) are printed as they are where Go
/// escapes them as \u or \U.
///
//===----------------------------------------------------------------------===//

#include "GoQuote.h"
#include "goexe/Go/BuildInfo.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Unicode.h"

using namespace llvm;

namespace goexe {

namespace {

struct DecodedRune {
  uint32_t Rune;
  unsigned Width;
  bool Valid;
};

} // namespace

static constexpr uint32_t RuneError = 0xFFFD;

static bool isContinuation(unsigned char C) { return (C & 0xC0) == 0x80; }

/// Decodes the rune at \p Pos with Go's rules; an ill-formed sequence is
/// RuneError of width 1.
static DecodedRune decodeRune(StringRef S, size_t Pos) {
  unsigned char B0 = S[Pos];
  if (B0 < 0x80)
    return {B0, 1, true};
  size_t Left = S.size() - Pos;
  auto Byte = [&](size_t I) -> unsigned char { return S[Pos + I]; };
  const DecodedRune Bad = {RuneError, 1, false};
  if (B0 >= 0xC2 && B0 <= 0xDF) {
    if (Left < 2 || !isContinuation(Byte(1)))
      return Bad;
    return {uint32_t(B0 & 0x1F) << 6 | (Byte(1) & 0x3F), 2, true};
  }
  if (B0 >= 0xE0 && B0 <= 0xEF) {
    // The bounds on the second byte reject overlong forms and surrogates.
    unsigned char Lo = B0 == 0xE0 ? 0xA0 : 0x80;
    unsigned char Hi = B0 == 0xED ? 0x9F : 0xBF;
    if (Left < 3 || Byte(1) < Lo || Byte(1) > Hi || !isContinuation(Byte(2)))
      return Bad;
    return {uint32_t(B0 & 0x0F) << 12 | uint32_t(Byte(1) & 0x3F) << 6 |
                (Byte(2) & 0x3F),
            3, true};
  }
  if (B0 >= 0xF0 && B0 <= 0xF4) {
    // The bounds on the second byte reject overlong forms and runes past
    // U+10FFFF.
    unsigned char Lo = B0 == 0xF0 ? 0x90 : 0x80;
    unsigned char Hi = B0 == 0xF4 ? 0x8F : 0xBF;
    if (Left < 4 || Byte(1) < Lo || Byte(1) > Hi || !isContinuation(Byte(2)) ||
        !isContinuation(Byte(3)))
      return Bad;
    return {uint32_t(B0 & 0x07) << 18 | uint32_t(Byte(1) & 0x3F) << 12 |
                uint32_t(Byte(2) & 0x3F) << 6 | (Byte(3) & 0x3F),
            4, true};
  }
  return Bad;
}

static bool isValidRune(uint32_t R) {
  return R <= 0x10FFFF && !(R >= 0xD800 && R <= 0xDFFF);
}

static void appendUTF8(std::string &Out, uint32_t R) {
  if (R < 0x80) {
    Out += char(R);
  } else if (R < 0x800) {
    Out += char(0xC0 | R >> 6);
    Out += char(0x80 | (R & 0x3F));
  } else if (R < 0x10000) {
    Out += char(0xE0 | R >> 12);
    Out += char(0x80 | (R >> 6 & 0x3F));
    Out += char(0x80 | (R & 0x3F));
  } else {
    Out += char(0xF0 | R >> 18);
    Out += char(0x80 | (R >> 12 & 0x3F));
    Out += char(0x80 | (R >> 6 & 0x3F));
    Out += char(0x80 | (R & 0x3F));
  }
}

/// strconv.IsPrint, approximated as the file comment says.
static bool isGoPrint(uint32_t R) {
  if (R < 0x100)
    return (R >= 0x20 && R <= 0x7E) || (R >= 0xA1 && R != 0xAD);
  // The space separators other than U+0020 and U+00A0 (handled above).
  if (R == 0x1680 || (R >= 0x2000 && R <= 0x200A) || R == 0x202F ||
      R == 0x205F || R == 0x3000)
    return false;
  return sys::unicode::isPrintable(int(R));
}

static void appendHex(std::string &Out, uint32_t V, unsigned Digits) {
  for (unsigned I = Digits; I-- > 0;)
    Out += hexdigit((V >> (4 * I)) & 0xF, /*LowerCase=*/true);
}

/// Appends \p R, escaped for a literal quoted with \p Quote.
static void appendEscapedRune(std::string &Out, uint32_t R, char Quote) {
  if (R == uint32_t(Quote) || R == '\\') {
    Out += '\\';
    Out += char(R);
    return;
  }
  if (isGoPrint(R)) {
    appendUTF8(Out, R);
    return;
  }
  switch (R) {
  case '\a':
    Out += "\\a";
    return;
  case '\b':
    Out += "\\b";
    return;
  case '\f':
    Out += "\\f";
    return;
  case '\n':
    Out += "\\n";
    return;
  case '\r':
    Out += "\\r";
    return;
  case '\t':
    Out += "\\t";
    return;
  case '\v':
    Out += "\\v";
    return;
  default:
    break;
  }
  if (R < 0x20 || R == 0x7F) {
    Out += "\\x";
    appendHex(Out, R, 2);
  } else if (R < 0x10000) {
    Out += "\\u";
    appendHex(Out, R, 4);
  } else {
    Out += "\\U";
    appendHex(Out, R, 8);
  }
}

std::string quoteGoString(StringRef S) {
  std::string Out;
  Out.reserve(S.size() + 2);
  Out += '"';
  for (size_t Pos = 0; Pos < S.size();) {
    DecodedRune D = decodeRune(S, Pos);
    if (D.Valid) {
      appendEscapedRune(Out, D.Rune, '"');
      Pos += D.Width;
      continue;
    }
    // Bytes that are not UTF-8 survive as \x escapes.
    Out += "\\x";
    appendHex(Out, uint8_t(S[Pos]), 2);
    ++Pos;
  }
  Out += '"';
  return Out;
}

std::string quoteGoRune(uint32_t Rune) {
  std::string Out = "'";
  appendEscapedRune(Out, isValidRune(Rune) ? Rune : RuneError, '\'');
  Out += '\'';
  return Out;
}

/// Decodes the character or escape at \p Pos of a literal quoted with
/// \p Quote and appends its bytes to \p Out; false when it is invalid.
static bool unquoteChar(StringRef In, size_t &Pos, char Quote,
                        std::string &Out) {
  unsigned char C = In[Pos];
  if (C >= 0x80) {
    // Go re-encodes the rune, so an ill-formed byte becomes U+FFFD.
    DecodedRune D = decodeRune(In, Pos);
    appendUTF8(Out, D.Rune);
    Pos += D.Width;
    return true;
  }
  if (C != '\\') {
    Out += char(C);
    ++Pos;
    return true;
  }
  if (Pos + 1 >= In.size())
    return false;
  char E = In[Pos + 1];
  Pos += 2;
  auto ReadDigits = [&](unsigned N, unsigned Radix, uint32_t &V) {
    if (In.size() - Pos < N)
      return false;
    for (unsigned I = 0; I < N; ++I) {
      unsigned Digit;
      char D = In[Pos + I];
      if (Radix == 16 && isHexDigit(D))
        Digit = hexDigitValue(D);
      else if (Radix == 8 && D >= '0' && D <= '7')
        Digit = D - '0';
      else
        return false;
      V = V * Radix + Digit;
    }
    Pos += N;
    return true;
  };
  uint32_t V = 0;
  switch (E) {
  case 'a':
    Out += '\a';
    return true;
  case 'b':
    Out += '\b';
    return true;
  case 'f':
    Out += '\f';
    return true;
  case 'n':
    Out += '\n';
    return true;
  case 'r':
    Out += '\r';
    return true;
  case 't':
    Out += '\t';
    return true;
  case 'v':
    Out += '\v';
    return true;
  case '\\':
    Out += '\\';
    return true;
  case '\'':
  case '"':
    // Only the literal's own quote may be escaped.
    if (E != Quote)
      return false;
    Out += E;
    return true;
  case 'x':
    // One byte, which need not be UTF-8.
    if (!ReadDigits(2, 16, V))
      return false;
    Out += char(V);
    return true;
  case 'u':
  case 'U':
    if (!ReadDigits(E == 'u' ? 4 : 8, 16, V) || !isValidRune(V))
      return false;
    appendUTF8(Out, V);
    return true;
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
    V = E - '0';
    if (!ReadDigits(2, 8, V) || V > 255)
      return false;
    Out += char(V);
    return true;
  default:
    return false;
  }
}

std::optional<GoLiteralPrefix> unquoteGoPrefix(StringRef In) {
  if (In.size() < 2)
    return std::nullopt;
  char Quote = In[0];
  GoLiteralPrefix Result;
  if (Quote == '`') {
    size_t End = In.find('`', 1);
    if (End == StringRef::npos)
      return std::nullopt;
    // Raw literals keep everything but carriage returns.
    for (char C : In.slice(1, End))
      if (C != '\r')
        Result.Value += C;
    Result.Length = End + 1;
    return Result;
  }
  if (Quote != '"' && Quote != '\'')
    return std::nullopt;
  size_t Pos = 1;
  while (Pos < In.size() && In[Pos] != Quote) {
    if (In[Pos] == '\n' || !unquoteChar(In, Pos, Quote, Result.Value))
      return std::nullopt;
    // A rune literal holds one character.
    if (Quote == '\'')
      break;
  }
  if (Pos >= In.size() || In[Pos] != Quote)
    return std::nullopt;
  Result.Length = Pos + 1;
  return Result;
}

std::optional<std::string> unquoteGoString(StringRef Quoted) {
  std::optional<GoLiteralPrefix> Literal = unquoteGoPrefix(Quoted);
  if (!Literal || Literal->Length != Quoted.size())
    return std::nullopt;
  return std::move(Literal->Value);
}

} // namespace goexe
