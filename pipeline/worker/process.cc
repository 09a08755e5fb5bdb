#include "pipeline/worker/process.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string_view>
#include <thread>
#include <utility>

#include "pipeline/worker/worker_main.h"

extern char** environ;

namespace vanban::worker {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

bool HasName(std::string_view entry, std::string_view name) {
  return entry.size() > name.size() && entry.substr(0, name.size()) == name &&
         entry[name.size()] == '=';
}

// This process's environment with OMP_THREAD_LIMIT=1 and, in sanitized builds, the memory
// limit as sanitizer options.
std::vector<std::string> WorkerEnvironment(uint64_t max_memory_bytes) {
  std::vector<std::string> env;
  std::string asan_options;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string_view entry(*e);
    if (HasName(entry, "OMP_THREAD_LIMIT")) continue;
    if (kAddressSanitizer && HasName(entry, "ASAN_OPTIONS")) {
      asan_options = std::string(entry.substr(sizeof("ASAN_OPTIONS")));
      continue;
    }
    env.emplace_back(entry);
  }
  env.emplace_back("OMP_THREAD_LIMIT=1");
  if (kAddressSanitizer && max_memory_bytes > 0) {
    if (!asan_options.empty()) asan_options += ':';
    asan_options += "allocator_may_return_null=1:max_allocation_size_mb=" +
                    std::to_string(max_memory_bytes >> 20);
  }
  if (!asan_options.empty()) env.push_back("ASAN_OPTIONS=" + asan_options);
  return env;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (std::string& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

Exit FromWaitStatus(int status, const struct rusage& usage) {
  Exit exit;
  exit.signaled = WIFSIGNALED(status);
  exit.signal = exit.signaled ? WTERMSIG(status) : 0;
  exit.status = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
  exit.peak_rss_kib = usage.ru_maxrss;
  return exit;
}

// Waits for `pid`; with `nohang`, returns false when it has not ended yet.
bool Reap(pid_t pid, bool nohang, Exit& exit) {
  int status = 0;
  struct rusage usage {};
  while (true) {
    const pid_t r = ::wait4(pid, &status, nohang ? WNOHANG : 0, &usage);
    if (r == pid) {
      exit = FromWaitStatus(status, usage);
      return true;
    }
    if (r == 0) return false;
    if (errno != EINTR) return true;  // not our child any more: nothing to wait for
  }
}

}  // namespace

bool LimitsAddressSpace() { return !kAddressSanitizer; }

std::string SignalName(int signal) {
  const char* abbrev = ::sigabbrev_np(signal);
  return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
}

StatusOr<Process> Process::Launch(const LaunchOptions& options) {
  // Everything the child needs is built before fork: between fork and exec it may only
  // make async-signal-safe calls.
  std::vector<std::string> args = {options.executable.string(), "__worker"};
  std::vector<std::string> env = WorkerEnvironment(options.max_memory_bytes);
  std::vector<char*> argv = Pointers(args);
  std::vector<char*> envp = Pointers(env);
  const std::string exe = options.executable.string();
  const bool limit_memory = LimitsAddressSpace() && options.max_memory_bytes > 0;
  const struct rlimit memory = {options.max_memory_bytes, options.max_memory_bytes};
  const struct rlimit no_core = {0, 0};

  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    return IoError(std::string("cannot make a worker socket: ") + ::strerror(errno));
  }
  const int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (devnull >= 0) ::dup2(devnull, STDIN_FILENO);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);  // stray prints of libraries stay off our stdout
    if (sv[1] == kWorkerSocketFd) {
      ::fcntl(sv[1], F_SETFD, 0);
    } else {
      ::dup2(sv[1], kWorkerSocketFd);  // the copy does not close on exec
    }
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // no worker outlives a parent killed outright
    if (::getppid() != parent) ::_exit(127);
    ::setrlimit(RLIMIT_CORE, &no_core);
    if (limit_memory) ::setrlimit(RLIMIT_AS, &memory);
    ::execve(exe.c_str(), argv.data(), envp.data());
    constexpr char kCannotRun[] = "vanban: cannot run the worker program\n";
    [[maybe_unused]] ssize_t ignored = ::write(STDERR_FILENO, kCannotRun, sizeof kCannotRun - 1);
    ::_exit(127);
  }
  const int fork_error = errno;
  if (devnull >= 0) ::close(devnull);
  ::close(sv[1]);
  if (pid < 0) {
    ::close(sv[0]);
    return IoError(std::string("cannot start a worker: ") + ::strerror(fork_error));
  }
  return Process(pid, sv[0]);
}

Process::Process(Process&& other) noexcept : pid_(other.pid_), fd_(other.fd_) {
  other.pid_ = -1;
  other.fd_ = -1;
}

Process& Process::operator=(Process&& other) noexcept {
  if (this != &other) {
    Release();
    pid_ = std::exchange(other.pid_, -1);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

Process::~Process() { Release(); }

void Process::Release() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (pid_ <= 0) return;
  // An idle worker leaves as soon as its socket closes; a busy one gets a moment.
  Exit exit;
  for (int i = 0; i < 100; ++i) {
    if (Reap(pid_, true, exit)) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(i < 10 ? 1 : 20));
  }
  Kill();
}

Exit Process::Kill() {
  Exit exit;
  if (pid_ <= 0) return exit;
  ::kill(pid_, SIGKILL);
  Reap(pid_, false, exit);
  pid_ = -1;
  return exit;
}

Exit Process::Wait() {
  Exit exit;
  if (pid_ <= 0) return exit;
  Reap(pid_, false, exit);
  pid_ = -1;
  return exit;
}

}  // namespace vanban::worker
