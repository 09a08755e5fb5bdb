// A worker process: vanban re-executed as `EXE __worker`, with its socket at descriptor 3,
// OMP_THREAD_LIMIT=1 in its environment from the start (PEERS.md: Tesseract's OpenMP
// threads fight each other otherwise, and setting it inside main() is too late), no core
// files, an address-space limit, and killed when the parent dies. This file and process.cc are the only ones that touch
// the POSIX process API (fork, exec, rlimits, signals, wait).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "pipeline/status.h"

namespace vanban::worker {

struct LaunchOptions {
  std::filesystem::path executable;               // a vanban binary; "/proc/self/exe" for this one
  uint64_t max_memory_bytes = uint64_t{3} << 30;  // RLIMIT_AS of the worker; 0: none
};

// How a worker process ended.
struct Exit {
  bool signaled = false;
  int signal = 0;  // when signaled
  int status = 0;  // exit status otherwise
  long peak_rss_kib = 0;
};

// "SIGSEGV", or "signal 42" for one without a name.
std::string SignalName(int signal);

class Process {
 public:
  // Starts a worker. io_error when the socket or the process cannot be made.
  static StatusOr<Process> Launch(const LaunchOptions& options);

  Process(Process&& other) noexcept;
  Process& operator=(Process&& other) noexcept;
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;
  // Closes the socket, gives the worker a moment to leave, then kills it.
  ~Process();

  int fd() const { return fd_; }
  pid_t pid() const { return pid_; }

  // Kills the worker (SIGKILL) and waits for it.
  Exit Kill();
  // Waits for a worker that is ending (its socket reached end of stream).
  Exit Wait();

 private:
  Process(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  void Release();
  pid_t pid_ = -1;
  int fd_ = -1;
};

// Whether this build's workers get their memory limit as RLIMIT_AS. AddressSanitizer
// reserves terabytes of address space at start, so sanitized builds instead tell the
// sanitizer's allocator to refuse allocations over the limit (ASAN_OPTIONS).
bool LimitsAddressSpace();

}  // namespace vanban::worker
