#include "cli/commands.h"

namespace vanban {

void AddReadFlags(CLI::App& cmd, ReadOptions& options) {
  cmd.add_option("--dpi", options.dpi,
                 "Resolution at which PDF pages without a usable text layer are rendered for\n"
                 "OCR (default 300)")
      ->check(CLI::Range(50, 1200));
  cmd.add_option("--password", options.password,
                 "Password of encrypted PDFs (user or owner password); without it an\n"
                 "encrypted PDF fails with \"encrypted PDF: give --password\"");
}

}  // namespace vanban
