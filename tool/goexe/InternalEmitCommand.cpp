//===- InternalEmitCommand.cpp - goexe internal-emit ----------------------===//
///
/// \file
/// For goexe's own tests: reports the diagnostics that markers in a file ask
/// for, so the engine and its formats can be tested on their own.
///   @<diag>{arg|arg}     at the marker's line and column
///   @@<diag>{arg}        at the file only
///   @@@<diag>{arg}       with no location
/// A marker naming a note attaches it to the diagnostic before it.
///
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "Session.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

#include <optional>

using namespace llvm;

namespace goexe {

static std::optional<diag::ID> lookupDiagnostic(StringRef Name) {
  for (unsigned I = 0; I < diag::NumDiagnostics; ++I)
    if (getDiagInfo(diag::ID(I)).Name == Name)
      return diag::ID(I);
  return std::nullopt;
}

int runInternalEmit(ArrayRef<const char *> Args) {
  Session S(Args, InternalEmitCommand);
  S.applyWarningOptions();
  ArrayRef<StringRef> Files = S.args().Inputs;
  if (Files.size() != 1)
    S.usageError("expected one input file");
  if (S.toolFailed())
    return S.finish();

  auto Buffer = MemoryBuffer::getFile(Files[0], /*IsText=*/true);
  if (!Buffer) {
    S.diags().report(diag::err_cannot_open, {Files[0].str()})
        << Buffer.getError().message();
    S.setToolFailed();
    return S.finish();
  }

  std::optional<DiagnosticBuilder> Current;
  unsigned LineNo = 0;
  for (StringRef Line : split((*Buffer)->getBuffer(), '\n')) {
    ++LineNo;
    for (size_t At = Line.find('@'); At != StringRef::npos;
         At = Line.find('@', At + 1)) {
      StringRef Rest = Line.drop_front(At);
      size_t Depth = Rest.find_first_not_of('@');
      Rest = Rest.drop_front(Depth);
      StringRef Name =
          Rest.take_while([](char C) { return isAlnum(C) || C == '_'; });
      std::optional<diag::ID> ID = lookupDiagnostic(Name);
      if (!ID || Depth > 3)
        continue;

      SourceLocation Loc;
      if (Depth <= 2)
        Loc.File = Files[0].str();
      if (Depth == 1) {
        Loc.Line = LineNo;
        Loc.Column = At + 1;
      }
      if (getDiagInfo(*ID).DefaultSeverity == Severity::Note && Current)
        Current->addNote(*ID, Loc);
      else
        Current.emplace(S.diags().report(*ID, Loc));

      Rest = Rest.drop_front(Name.size());
      if (Rest.consume_front("{")) {
        SmallVector<StringRef, 4> Values;
        Rest.take_until([](char C) { return C == '}'; }).split(Values, '|');
        for (StringRef V : Values)
          *Current << V;
      }
      At += Depth;
    }
  }
  Current.reset();
  return S.finish();
}

} // namespace goexe
