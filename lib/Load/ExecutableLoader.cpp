//===- ExecutableLoader.cpp - One way to read an executable ---------------===//
///
/// \file
/// The one path from a file name to what the checks and inspect read, with
/// every kind of damage reported on the way.
///
//===----------------------------------------------------------------------===//

#include "goexe/Load/ExecutableLoader.h"

using namespace llvm;

namespace goexe {

void reportDamage(DiagnosticEngine &Diags, const SourceLocation &Where,
                  const DamageLog &Damage) {
  for (const std::string &What : Damage.entries())
    Diags.report(diag::warn_malformed_executable, Where) << What;
  if (Damage.omitted())
    Diags.report(diag::warn_malformed_executable_more, Where)
        << Damage.omitted() << uint64_t(DamageLog::MaxKept);
}

static std::unique_ptr<LoadedFile>
load(DiagnosticEngine &Diags, Expected<ExecutableFile> File, StringRef Path) {
  SourceLocation Where(Path.str());
  if (!File) {
    Diags.report(diag::err_read_executable, Where)
        << toString(File.takeError());
    return nullptr;
  }
  auto Loaded = std::make_unique<LoadedFile>();
  Loaded->File = std::move(*File);
  for (const Executable &Exe : Loaded->File.Images) {
    reportDamage(Diags, Where, Exe.Damage);
    LoadedImage Image{&Exe, std::nullopt};
    Expected<std::optional<GoBuildInfo>> Go = readGoBuildInfo(Exe);
    if (!Go) {
      Diags.report(diag::warn_malformed_buildinfo, Where)
          << toString(Go.takeError());
    } else if (*Go) {
      // The version and settings still count when only modinfo is damaged.
      if (!(*Go)->ModInfoError.empty())
        Diags.report(diag::warn_malformed_buildinfo, Where)
            << (*Go)->ModInfoError;
      Image.Go = std::move(**Go);
    }
    Loaded->Images.push_back(std::move(Image));
  }
  return Loaded;
}

std::unique_ptr<LoadedFile> loadExecutable(DiagnosticEngine &Diags,
                                           StringRef Path) {
  return load(Diags, readExecutableFile(Path), Path);
}

std::unique_ptr<LoadedFile>
loadExecutableBuffer(DiagnosticEngine &Diags,
                     std::unique_ptr<MemoryBuffer> Buffer) {
  std::string Name = Buffer->getBufferIdentifier().str();
  return load(Diags, readExecutableBuffer(std::move(Buffer)), Name);
}

} // namespace goexe
