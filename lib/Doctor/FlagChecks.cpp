//===- FlagChecks.cpp - The build's flags before the build ----------------===//
///
/// \file
/// go build keeps only the last -ldflags, also over one in GOFLAGS, and
/// stops on GOFLAGS it cannot split. Each is said before the build, at the
/// go_executable( call.
///
//===----------------------------------------------------------------------===//

#include "goexe/Doctor/Doctor.h"
#include "goexe/Go/LinkerFlags.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace goexe {

namespace {

void reportLost(DoctorContext &C, ArrayRef<std::string> Ldflags,
                std::optional<StringRef> FromGoflags) {
  std::vector<std::string> Lost =
      lostLinkerFlags(Ldflags, [&](StringRef Earlier, Error Why) {
        C.diags().report(diag::warn_ldflags_unreadable, C.where())
            << quoteGoArgument(Earlier) << toString(std::move(Why));
      });
  if (Lost.empty())
    return;
  std::string LostText = "'" + join(Lost, " ") + "'";
  DiagnosticBuilder D =
      C.diags().report(FromGoflags ? diag::warn_doctor_goflags_ldflags
                                   : diag::warn_ldflags_override,
                       C.where());
  if (FromGoflags)
    D << quoteGoArgument(*FromGoflags) << LostText;
  else
    D << Ldflags.size() << LostText;
  D.addNote(diag::note_ldflags_reached) << quoteGoArgument(Ldflags.back());
}

} // namespace

void checkBuildFlags(DoctorContext &C) {
  const BuildIntent &Intent = C.intent();
  std::optional<std::string> GoflagsLdflags;
  if (Intent.GOFLAGS && !StringRef(*Intent.GOFLAGS).trim().empty()) {
    Expected<std::vector<std::string>> Words = splitGoQuoted(*Intent.GOFLAGS);
    if (!Words) {
      C.diags().report(diag::err_doctor_goflags, C.where())
          << *Intent.GOFLAGS << toString(Words.takeError());
      return;
    }
    for (const std::string &Word : *Words) {
      StringRef W = Word;
      if (!W.starts_with("-")) {
        C.diags().report(diag::err_doctor_goflags, C.where())
            << *Intent.GOFLAGS << ("'" + W + "' is not a flag").str();
        return;
      }
      W = W.drop_while([](char Ch) { return Ch == '-'; });
      if (W.consume_front("ldflags="))
        GoflagsLdflags = W.str();
    }
  }
  if (GoflagsLdflags && !Intent.Ldflags.empty()) {
    std::vector<std::string> All = {*GoflagsLdflags};
    All.push_back(Intent.Ldflags.back());
    reportLost(C, All, *GoflagsLdflags);
  }
  reportLost(C, Intent.Ldflags, std::nullopt);
}

} // namespace goexe
