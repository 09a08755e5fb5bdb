// The worker side of isolation: what `vanban __worker` runs. It says hello on its socket,
// then reads requests and answers each with the ProcessResult of ProcessFile (reader and
// every stage), until the parent closes the socket. Reused across files, so what a reader
// keeps between files (a Tesseract instance) is kept. See pipeline/worker/protocol.h.
#pragma once

namespace vanban::worker {

// The socket a worker talks on: the launcher puts it at this descriptor.
inline constexpr int kWorkerSocketFd = 3;
// Exit status of a worker that ran out of memory where it could not answer (an allocation
// failure that escaped as an exception to std::terminate).
inline constexpr int kExitOutOfMemory = 86;

// Runs the worker loop on `fd`. Returns the process exit status: 0 when the parent closed
// the socket, 2 when the socket failed or the parent spoke out of protocol.
//
// Test hook (for isolation tests only, never set in use): when $VANBAN_TEST_FAULT is
// "crash:NAME", "hang:NAME" or "oom:NAME", a request for a file named NAME makes the worker
// die of SIGSEGV, sleep forever, or make one allocation twice its address-space limit and
// answer out_of_memory when that fails, instead of reading the file.
int RunWorker(int fd);

}  // namespace vanban::worker
