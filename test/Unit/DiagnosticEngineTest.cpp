//===- DiagnosticEngineTest.cpp - The table and the severity mapping ------===//

#include "goexe/Diag/Diagnostic.h"

#include "llvm/ADT/DenseSet.h"

#include "gtest/gtest.h"

using namespace goexe;

namespace {

struct Collector : DiagnosticConsumer {
  std::vector<Diagnostic> Seen;
  void handleDiagnostic(const Diagnostic &D) override { Seen.push_back(D); }
};

TEST(DiagnosticTable, CodesAreUnique) {
  llvm::DenseSet<unsigned> Codes;
  for (unsigned I = 0; I < diag::NumDiagnostics; ++I)
    EXPECT_TRUE(Codes.insert(getDiagInfo(diag::ID(I)).Code).second)
        << getDiagInfo(diag::ID(I)).Name.str();
}

TEST(DiagnosticTable, EveryGroupHasItsPage) {
  for (llvm::StringRef Group : getAllGroups()) {
    llvm::StringRef Page = getGroupDocumentation(Group);
    EXPECT_TRUE(Page.starts_with(("# -W" + Group + ": ").str()))
        << "docs/diagnostics/" << Group.str() << ".md";
    for (const char *Section : {"## What it means", "## Why it matters",
                                "## How to fix it", "## Example"})
      EXPECT_TRUE(Page.contains(Section)) << Group.str() << ": " << Section;
  }
}

TEST(DiagnosticTable, NotesHaveNoGroup) {
  for (unsigned I = 0; I < diag::NumDiagnostics; ++I) {
    const DiagInfo &Info = getDiagInfo(diag::ID(I));
    if (Info.DefaultSeverity == Severity::Note) {
      EXPECT_TRUE(Info.Group.empty()) << Info.Name.str();
    }
  }
}

TEST(FormatMessage, Substitutes) {
  EXPECT_EQ(formatDiagnosticMessage("a %0 b %1 %0", {"x", "y"}), "a x b y x");
  EXPECT_EQ(formatDiagnosticMessage("100%% %2", {"x"}), "100% %2");
  EXPECT_EQ(formatDiagnosticMessage("end %", {}), "end %");
}

TEST(Severity, OptionsApplyInOrder) {
  Collector C;
  DiagnosticEngine E(C);
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Warning);
  E.applyWarningOption("-Wno-selftest");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Ignored);
  E.applyWarningOption("-Wselftest");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Warning);
  E.applyWarningOption("-Werror=selftest");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Error);
  E.applyWarningOption("-Wno-error=selftest");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Warning);
  // -Wno-error=<group> holds against a later -Werror, as in clang.
  E.applyWarningOption("-Werror");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Warning);
  EXPECT_TRUE(C.Seen.empty());
}

TEST(Severity, WerrorAndW) {
  Collector C;
  DiagnosticEngine E(C);
  E.applyWarningOption("-Werror");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Error);
  EXPECT_EQ(E.getEffectiveSeverity(diag::remark_selftest), Severity::Remark);
  E.applyWarningOption("-Wno-error");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Warning);
  E.applyWarningOption("-w");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Ignored);
  EXPECT_EQ(E.getEffectiveSeverity(diag::remark_selftest), Severity::Ignored);
  EXPECT_EQ(E.getEffectiveSeverity(diag::err_selftest_hard), Severity::Error);
  // An explicit -Werror=<group> survives -w.
  E.applyWarningOption("-Werror=selftest");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest), Severity::Error);
}

TEST(Severity, DefaultErrorAndDefaultOff) {
  Collector C;
  DiagnosticEngine E(C);
  EXPECT_EQ(E.getEffectiveSeverity(diag::err_selftest), Severity::Error);
  E.applyWarningOption("-Wno-error=selftest-error");
  EXPECT_EQ(E.getEffectiveSeverity(diag::err_selftest), Severity::Warning);
  E.applyWarningOption("-Wno-selftest-error");
  EXPECT_EQ(E.getEffectiveSeverity(diag::err_selftest), Severity::Ignored);

  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest_off), Severity::Ignored);
  E.applyWarningOption("-Weverything");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_selftest_off), Severity::Warning);
}

TEST(Severity, UnknownGroupIsReportedWithSuggestion) {
  Collector C;
  DiagnosticEngine E(C);
  EXPECT_TRUE(E.applyWarningOption("-Werror=selftset"));
  ASSERT_EQ(C.Seen.size(), 1u);
  EXPECT_EQ(C.Seen[0].ID, diag::warn_unknown_warning_option_suggest);
  EXPECT_EQ(C.Seen[0].Message, "unknown warning option '-Werror=selftset'; "
                               "did you mean '-Werror=selftest'?");
  EXPECT_FALSE(E.applyWarningOption("--Wfoo"));
  EXPECT_EQ(E.getNumWarnings(), 1u);
}

TEST(Builder, NotesTakeTheirOwnArguments) {
  Collector C;
  DiagnosticEngine E(C);
  {
    DiagnosticBuilder D = E.report(diag::warn_selftest, {"f.go", 3, 4});
    D << "main" << "unused extra argument";
    D.addNote(diag::note_selftest, {"f.go", 1, 1}) << "evidence";
    EXPECT_TRUE(C.Seen.empty()) << "reported before the builder was done";
  }
  ASSERT_EQ(C.Seen.size(), 1u);
  EXPECT_EQ(C.Seen[0].Message, "sample warning: main");
  ASSERT_EQ(C.Seen[0].Notes.size(), 1u);
  EXPECT_EQ(C.Seen[0].Notes[0].Message, "sample note: evidence");
  EXPECT_EQ(C.Seen[0].Notes[0].Loc.Line, 1u);
}

} // namespace

namespace {

struct Finished : Collector {
  unsigned Errors = 0, Warnings = 0;
  void finish(unsigned NumErrors, unsigned NumWarnings) override {
    Errors = NumErrors;
    Warnings = NumWarnings;
  }
};

TEST(Engine, IdenticalDiagnosticsAreShownOnce) {
  Finished C;
  DiagnosticEngine E(C);
  for (int I = 0; I < 1000; ++I)
    E.report(diag::warn_selftest, {"a.exe"}) << "same";
  E.report(diag::warn_selftest, {"a.exe"}) << "other";
  E.report(diag::warn_selftest, {"b.exe"}) << "same";
  E.report(diag::warn_selftest, {"a.exe", 3, 1}) << "same";
  E.finish();
  ASSERT_EQ(C.Seen.size(), 4u);
  EXPECT_EQ(C.Warnings, 4u);
}

TEST(Engine, MaxDiagnosticsStillCountsErrors) {
  Finished C;
  DiagnosticEngine E(C);
  E.setMaxDiagnostics(3);
  for (int I = 0; I < 10; ++I)
    E.report(diag::err_selftest) << I;
  E.finish();
  // Three shown, then the note that says how many were not.
  ASSERT_EQ(C.Seen.size(), 4u);
  EXPECT_EQ(C.Seen.back().ID, diag::note_diagnostics_omitted);
  EXPECT_EQ(C.Seen.back().Message,
            "7 more diagnostics not shown (--max-diagnostics=3; 0 shows all)");
  EXPECT_EQ(C.Errors, 10u);
  EXPECT_TRUE(E.hasErrors());
}

TEST(Engine, EverySinkSeesTheDiagnostics) {
  Finished Console, Log, Report;
  DiagnosticEngine E(Console);
  E.addConsumer(Log);
  E.addConsumer(Report, /*Bounded=*/false);
  E.setMaxDiagnostics(2);
  for (int I = 0; I < 5; ++I)
    E.report(diag::err_selftest) << I;
  E.finish();
  // The bounded sinks get two and the note; a report file gets all five.
  ASSERT_EQ(Console.Seen.size(), 3u);
  ASSERT_EQ(Log.Seen.size(), 3u);
  EXPECT_EQ(Log.Seen.back().ID, diag::note_diagnostics_omitted);
  ASSERT_EQ(Report.Seen.size(), 5u);
  EXPECT_EQ(Report.Seen.back().Message, "sample error: 4");
  for (const Finished *Sink : {&Console, &Log, &Report})
    EXPECT_EQ(Sink->Errors, 5u);
}

TEST(Engine, NoLimitByDefault) {
  Finished C;
  DiagnosticEngine E(C);
  for (int I = 0; I < 500; ++I)
    E.report(diag::warn_selftest) << I;
  E.finish();
  EXPECT_EQ(C.Seen.size(), 500u);
}

TEST(Engine, ArgumentsArePrintable) {
  Collector C;
  DiagnosticEngine E(C);
  E.report(diag::warn_selftest) << llvm::StringRef("a\nb\x1b[31m\xff\tc", 12);
  E.report(diag::warn_selftest).addMultilineArg("line one\n\tline two\x07");
  ASSERT_EQ(C.Seen.size(), 2u);
  EXPECT_NE(C.Seen[0].Message.find("a\\x0ab\\x1b[31m\\xff\tc"),
            std::string::npos)
      << C.Seen[0].Message;
  EXPECT_NE(C.Seen[1].Message.find("line one\n\tline two\\x07"),
            std::string::npos)
      << C.Seen[1].Message;
}

TEST(DiagnosticGroups, ParentsApplyToTheirChildren) {
  Collector C;
  DiagnosticEngine E(C);
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_exe_suffix), Severity::Warning);
  E.applyWarningOption("-Wno-windows");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_exe_suffix), Severity::Ignored);
  // A later option for a child still wins.
  E.applyWarningOption("-Wexe-suffix");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_exe_suffix), Severity::Warning);
  E.applyWarningOption("-Werror=windows");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_exe_suffix), Severity::Error);
  // A parent turns on a child that is off by default.
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_x_unproven), Severity::Ignored);
  E.applyWarningOption("-Wx-flag");
  EXPECT_EQ(E.getEffectiveSeverity(diag::warn_x_unproven), Severity::Warning);
  EXPECT_TRUE(C.Seen.empty()) << C.Seen.front().Message;
}

TEST(DiagnosticGroups, TheTreeHasNoCycles) {
  for (llvm::StringRef Group : getAllGroups()) {
    std::optional<llvm::StringRef> Ancestor = getParentGroup(Group);
    size_t Depth = 0;
    while (Ancestor && Depth <= getAllGroups().size()) {
      Ancestor = getParentGroup(*Ancestor);
      ++Depth;
    }
    EXPECT_LE(Depth, getAllGroups().size()) << Group.str();
  }
  std::vector<llvm::StringRef> Windows = getGroupAndSubgroups("windows");
  EXPECT_EQ(Windows.front(), "windows");
  EXPECT_TRUE(llvm::is_contained(Windows, "min-windows"));
  EXPECT_EQ(getParentGroup("min-windows"),
            std::optional<llvm::StringRef>("windows"));
  EXPECT_TRUE(getGroupAndSubgroups("no-such-group").empty());
}

} // namespace
