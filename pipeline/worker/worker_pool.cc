#include "pipeline/worker/worker_pool.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>

#include "pipeline/worker/worker_main.h"

namespace vanban::worker {
namespace {

using Clock = std::chrono::steady_clock;

ProcessResult Failed(Status status) {
  ProcessResult result;
  result.failure = StageFailure{"read", std::move(status)};
  return result;
}

// Why a worker that ended without answering did so.
Status DeathReason(const Exit& exit, uint64_t max_memory_bytes) {
  const std::string peak = " (peak memory " + std::to_string(exit.peak_rss_kib / 1024) + " MiB)";
  if (exit.signaled) return Crash("worker killed by " + SignalName(exit.signal) + peak);
  if (exit.status == kExitOutOfMemory) {
    return OutOfMemory("an allocation failed under the " + std::to_string(max_memory_bytes >> 20) +
                       " MiB limit");
  }
  return Crash("worker exited with status " + std::to_string(exit.status) + " without answering" +
               peak);
}

}  // namespace

struct WorkerPool::Slot {
  std::optional<Process> process;
  FrameBuffer inbox;
  bool greeted = false;
  std::optional<size_t> job;  // index of the file in flight
  Clock::time_point deadline;
};

int DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

WorkerPool::WorkerPool(PoolOptions options)
    : options_(std::move(options)),
      jobs_(options_.jobs > 0 ? options_.jobs : DefaultJobs()),
      slots_(static_cast<size_t>(jobs_)),
      read_buffer_(1 << 20) {}

// A worker still busy (the batch stopped early) is killed at once, not waited for.
void WorkerPool::Abandon() {
  for (Slot& slot : slots_) {
    if (slot.job && slot.process) slot.process->Kill();
    if (slot.job) slot.process.reset();
    slot.job.reset();
  }
}

WorkerPool::~WorkerPool() { Abandon(); }

Status WorkerPool::Dispatch(Slot& slot, size_t index, const std::filesystem::path& file) {
  const std::string frame = RequestFrame({file.string(), options_.read});
  // A worker that died while idle cannot take the request: one fresh start, then give up.
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!slot.process) {
      StatusOr<Process> started = Process::Launch(options_.launch);
      if (!started.ok()) return started.status();
      slot.process.emplace(std::move(started).value());
      slot.inbox = FrameBuffer();
      slot.greeted = false;
    }
    if (SendAll(slot.process->fd(), frame).ok()) {
      slot.job = index;
      slot.deadline = Clock::now() + options_.timeout;
      return Status::Ok();
    }
    slot.process->Kill();
    slot.process.reset();
  }
  return Internal("cannot hand a file to a worker process: it ends as soon as it starts (" +
                  options_.launch.executable.string() + ")");
}

Status WorkerPool::Finish(Slot& slot, ProcessResult result, const ResultSink& sink) {
  const size_t index = *slot.job;
  slot.job.reset();
  return sink(index, std::move(result));
}

Status WorkerPool::Receive(Slot& slot, const ResultSink& sink) {
  ssize_t n;
  do {
    n = ::read(slot.process->fd(), read_buffer_.data(), read_buffer_.size());
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {  // the worker is gone: its file fails with the reason
    const Exit exit = n == 0 ? slot.process->Wait() : slot.process->Kill();
    slot.process.reset();
    const Status reason = DeathReason(exit, options_.launch.max_memory_bytes);
    if (!slot.greeted) {  // it never got as far as reading a file: not the file's fault
      return Internal("a worker process (" + options_.launch.executable.string() +
                      ") ended before it started: " + reason.ToString());
    }
    return Finish(slot, Failed(reason), sink);
  }
  slot.inbox.Append(std::string_view(read_buffer_.data(), static_cast<size_t>(n)));
  std::string payload;
  while (true) {
    StatusOr<bool> next = slot.inbox.Next(payload);
    if (next.ok() && !*next) return Status::Ok();
    Status problem = next.status();
    if (problem.ok() && !slot.greeted) {
      StatusOr<Hello> hello = ParseHello(payload);
      if (hello.ok() && hello->version != kProtocolVersion) {
        problem = Internal("worker speaks protocol " + std::to_string(hello->version) +
                           ", this build " + std::to_string(kProtocolVersion));
      } else if (hello.ok()) {
        slot.greeted = true;
        hellos_.push_back(std::move(hello).value());
        continue;
      } else {
        problem = hello.status();
      }
    } else if (problem.ok() && slot.job) {
      StatusOr<ProcessResult> result = ParseResult(payload);
      if (result.ok()) {
        if (Status s = Finish(slot, std::move(result).value(), sink); !s.ok()) return s;
        continue;
      }
      problem = result.status();
    } else if (problem.ok()) {
      problem = DataError("worker protocol: a message nobody asked for");
    }
    // A worker out of protocol is not trusted further; its file fails with the reason.
    slot.process->Kill();
    slot.process.reset();
    if (!slot.job) return Status::Ok();
    return Finish(slot, Failed(Internal(problem.message())), sink);
  }
}

Status WorkerPool::ProcessAll(const std::vector<std::filesystem::path>& files,
                              const ResultSink& sink) {
  Abandon();  // what an earlier batch that stopped early left running
  size_t next = 0;
  size_t finished = 0;
  const ResultSink counted = [&](size_t index, ProcessResult result) {
    ++finished;
    return sink(index, std::move(result));
  };
  std::vector<struct pollfd> fds;
  std::vector<Slot*> polled;
  while (finished < files.size()) {
    for (Slot& slot : slots_) {
      if (slot.job || next >= files.size()) continue;
      if (Status s = Dispatch(slot, next, files[next]); !s.ok()) return s;
      ++next;
    }
    fds.clear();
    polled.clear();
    Clock::time_point earliest = Clock::time_point::max();
    for (Slot& slot : slots_) {
      if (!slot.job) continue;
      fds.push_back({slot.process->fd(), POLLIN, 0});
      polled.push_back(&slot);
      earliest = std::min(earliest, slot.deadline);
    }
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(earliest - Clock::now());
    const int timeout_ms = static_cast<int>(std::clamp<int64_t>(wait.count(), 0, 60'000));
    const int ready = ::poll(fds.data(), fds.size(), timeout_ms);
    if (ready < 0 && errno != EINTR) {
      return Internal(std::string("waiting for workers: ") + std::strerror(errno));
    }
    for (size_t i = 0; ready > 0 && i < fds.size(); ++i) {
      if (fds[i].revents == 0) continue;
      if (Status s = Receive(*polled[i], counted); !s.ok()) return s;
    }
    const Clock::time_point now = Clock::now();
    for (Slot* slot : polled) {
      if (!slot->job || now < slot->deadline) continue;
      slot->process->Kill();
      slot->process.reset();
      Status timeout = Timeout("no answer after " + std::to_string(options_.timeout.count()) +
                               " s; worker killed");
      if (Status s = Finish(*slot, Failed(std::move(timeout)), counted); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace vanban::worker
