#include "pipeline/worker/worker_main.h"

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <new>
#include <optional>
#include <string>

#include "pipeline/runner.h"
#include "pipeline/worker/protocol.h"

namespace vanban::worker {
namespace {

uint64_t AddressSpaceLimit() {
  struct rlimit limit;
  if (::getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 0;
  return limit.rlim_cur;
}

// std::terminate with a std::bad_alloc in flight means the memory limit was hit where no
// one could catch it; the exit status tells the parent so.
[[noreturn]] void OnTerminate() {
  if (std::exception_ptr e = std::current_exception()) {
    try {
      std::rethrow_exception(e);
    } catch (const std::bad_alloc&) {
      ::_exit(kExitOutOfMemory);
    } catch (...) {
    }
  }
  std::abort();
}

// TEST HOOK: $VANBAN_TEST_FAULT ("crash:NAME", "hang:NAME", "oom:NAME"), see worker_main.h.
// Returns the result to send instead of processing the file, when the hook applies to it.
std::optional<ProcessResult> TestFault(const std::string& path) {
  const char* fault = std::getenv("VANBAN_TEST_FAULT");
  if (fault == nullptr) return std::nullopt;
  const std::string spec(fault);
  const size_t colon = spec.find(':');
  if (colon == std::string::npos) return std::nullopt;
  if (std::filesystem::path(path).filename() != spec.substr(colon + 1)) return std::nullopt;
  const std::string kind = spec.substr(0, colon);
  if (kind == "crash") {
    std::signal(SIGSEGV, SIG_DFL);  // past any sanitizer's handler: die as a real crash does
    std::raise(SIGSEGV);
  } else if (kind == "hang") {
    while (true) ::pause();
  } else if (kind == "oom") {
    // One allocation the limit cannot hold, as a decoder makes for an image header that
    // claims an enormous size: twice the address-space limit, or 2 GiB when there is none
    // (sanitized builds limit allocations through ASAN_OPTIONS instead). Where no limit
    // applies it succeeds, and the test that set the hook sees no failure.
    const uint64_t limit = AddressSpaceLimit();
    const size_t size = limit > 0 ? static_cast<size_t>(limit) * 2 : size_t{2} << 30;
    void* volatile block = std::malloc(size);  // volatile: the compiler may not elide it
    const bool failed = block == nullptr;
    std::free(block);
    if (failed) {
      ProcessResult result;
      result.failure = StageFailure{"read", OutOfMemory("test hook: allocation failed")};
      return result;
    }
  }
  return std::nullopt;
}

ProcessResult Process(const Request& request) {
  if (std::optional<ProcessResult> faulted = TestFault(request.path)) return *faulted;
  try {
    return ProcessFile(request.path, request.options);
  } catch (const std::bad_alloc&) {
    ProcessResult result;
    result.failure = StageFailure{"read", OutOfMemory("an allocation failed")};
    return result;
  } catch (const std::exception& e) {
    ProcessResult result;
    result.failure =
        StageFailure{"read", Internal(std::string("unexpected exception: ") + e.what())};
    return result;
  }
}

}  // namespace

int RunWorker(int fd) {
  std::set_terminate(OnTerminate);
  Hello hello;
  hello.pid = ::getpid();
  const char* omp = std::getenv("OMP_THREAD_LIMIT");
  hello.omp_thread_limit = omp ? omp : "";
  hello.address_space_limit = AddressSpaceLimit();
  if (!SendAll(fd, HelloFrame(hello)).ok()) return 2;
  while (true) {
    StatusOr<std::string> payload = ReceiveFrame(fd);
    if (!payload.ok()) return payload.status().code() == StatusCode::kNotFound ? 0 : 2;
    StatusOr<Request> request = ParseRequest(*payload);
    if (!request.ok()) {
      std::cerr << "vanban worker: " << request.status().ToString() << "\n";
      return 2;
    }
    if (!SendAll(fd, ResultFrame(Process(*request))).ok()) return 2;
  }
}

}  // namespace vanban::worker
