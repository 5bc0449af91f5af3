#include "core/training/mpi_launch.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <sstream>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace ptlab::training {

namespace {

bool executable(const std::string& path)
{
    struct stat st
    { };
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::string selfDirectory()
{
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    std::string path(buf, static_cast<std::size_t>(n));
    return path.substr(0, path.rfind('/'));
}

std::string number(double v)
{
    std::ostringstream s;
    s.imbue(std::locale::classic());
    s << v;
    return s.str();
}

} // namespace

MpiAvailability findMpi()
{
    MpiAvailability a;
    if (const char* path = std::getenv("PATH")) {
        std::istringstream dirs(path);
        for (std::string dir; std::getline(dirs, dir, ':');)
            if (!dir.empty() && executable(dir + "/mpirun")) {
                a.mpirun = dir + "/mpirun";
                break;
            }
    }
    const std::string self = selfDirectory();
    for (const std::string& candidate :
        { self + "/ptlab-mpi-rank", self + "/../app/ptlab-mpi-rank", self + "/../libexec/ptlab/ptlab-mpi-rank" })
        if (executable(candidate)) {
            a.rankProgram = candidate;
            break;
        }
    return a;
}

std::vector<std::string> rankArguments(const MpiRunRequest& request)
{
    const TrainConfig& c = request.config;
    std::vector<std::string> args = { "--steps", std::to_string(c.steps), "--batch", std::to_string(c.batch), "--width",
        std::to_string(c.shape.widths.size() > 2 ? c.shape.widths[1] : 8), "--layers", std::to_string(c.shape.layers()),
        "--classes", std::to_string(c.shape.widths.back()), "--optimizer",
        c.optimizer.kind == OptimizerConfig::Kind::Adam ? "adam" : "sgd", "--lr", number(c.optimizer.learningRate),
        "--seed", std::to_string(c.seed), "--dataset", std::to_string(c.datasetSize) };
    if (!request.parametersOut.empty()) {
        args.push_back("--parameters-out");
        args.push_back(request.parametersOut);
    }
    if (request.hostfile.empty()) {
        // On this machine each rank also watches ptlab itself, and ends the moment ptlab is gone,
        // even if mpirun is slow to stop it on a loaded machine.
        args.push_back("--watch-pid");
        args.push_back(std::to_string(::getpid()));
    }
    return args;
}

std::vector<std::string> mpirunArguments(const MpiRunRequest& request, const MpiAvailability& mpi)
{
    std::vector<std::string> args;
    if (::geteuid() == 0)
        args.push_back("--allow-run-as-root");
    // On SIGTERM (a cancel, or ptlab's death) mpirun terms its ranks and waits this long before it
    // kills them; by default a whole second, during which busy ranks keep spinning in MPI_Allreduce.
    for (const char* a : { "--mca", "odls_base_sigkill_timeout", "0" })
        args.push_back(a);
    const unsigned cpus = std::max(1u, std::thread::hardware_concurrency());
    if (!request.hostfile.empty()) {
        args.push_back("--hostfile");
        args.push_back(request.hostfile);
    } else if (static_cast<unsigned>(request.config.workers) > cpus) {
        args.push_back("--oversubscribe");
    }
    args.push_back("-np");
    args.push_back(std::to_string(request.config.workers));
    args.push_back(mpi.rankProgram);
    for (auto& a : rankArguments(request))
        args.push_back(a);
    return args;
}

Result<nlohmann::json> runMpiTraining(const MpiRunRequest& request, const TrainHooks& hooks)
{
    const MpiAvailability mpi = findMpi();
    if (mpi.mpirun.empty())
        return Error { Error::Code::NotFound, 0, std::string("mpirun is not installed: ") + mpiInstallHint };
    if (mpi.rankProgram.empty())
        return Error { Error::Code::NotFound, 0,
            "ptlab-mpi-rank was not built (Open MPI's headers were missing at build time)" };

    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return errorFromErrno(errno, "pipe for mpirun");
    std::vector<std::string> args = mpirunArguments(request, mpi);
    args.insert(args.begin(), mpi.mpirun);
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // fork + exec rather than posix_spawn, for PR_SET_PDEATHSIG: if ptlab dies (even of SIGKILL), the
    // kernel sends mpirun SIGTERM, and mpirun stops its ranks and removes their /dev/shm segments.
    // The child only makes async-signal-safe calls on memory prepared above.
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setpgid(0, 0); // its own group: a cancel kills mpirun and the ranks together
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
        ::execve(argv[0], argv.data(), environ);
        ::_exit(127);
    }
    const int rc = pid < 0 ? errno : 0;
    ::close(out[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(out[0]);
        ::close(err[0]);
        return errorFromErrno(rc, "start mpirun");
    }
    ::setpgid(pid, pid); // also from here, so that kill(-pid) finds the group whichever runs first
    if (hooks.onWorkerStarted)
        hooks.onWorkerStarted(-1, pid, "mpirun");

    std::string outText, errText, line;
    std::optional<nlohmann::json> final;
    bool cancelled = false;
    auto takeLines = [&](std::string& buffer) {
        for (std::size_t nl; (nl = buffer.find('\n')) != std::string::npos;) {
            line = buffer.substr(0, nl);
            buffer.erase(0, nl + 1);
            const auto doc = nlohmann::json::parse(line, nullptr, false);
            if (doc.is_discarded() || !doc.is_object())
                continue;
            if (doc.contains("rank_pid")) {
                if (hooks.onWorkerStarted)
                    hooks.onWorkerStarted(doc.value("rank", 0), doc.value("rank_pid", 0),
                        "MPI rank " + std::to_string(doc.value("rank", 0)));
            } else if (doc.contains("progress")) {
                if (hooks.onStep)
                    hooks.onStep(doc.value("progress", 0), doc.value("loss", 0.0f));
            } else if (doc.contains("loss")) {
                final = doc;
            }
        }
    };
    pollfd fds[2] = { { out[0], POLLIN, 0 }, { err[0], POLLIN, 0 } };
    int open = 2;
    while (open > 0) {
        if (!cancelled && hooks.cancel && hooks.cancel->load()) {
            cancelled = true;
            ::kill(-pid, SIGTERM);
        }
        const int ready = ::poll(fds, 2, 100);
        if (ready < 0 && errno != EINTR)
            break;
        for (auto& f : fds) {
            if (f.fd < 0 || !(f.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buf[8192];
            const ssize_t n = ::read(f.fd, buf, sizeof buf);
            if (n <= 0) {
                ::close(f.fd);
                f.fd = -1;
                --open;
                continue;
            }
            if (f.fd == out[0]) {
                outText.append(buf, static_cast<std::size_t>(n));
                takeLines(outText);
            } else if (errText.size() < 65536) {
                errText.append(buf, static_cast<std::size_t>(n));
            }
        }
    }
    for (auto& f : fds)
        if (f.fd >= 0)
            ::close(f.fd);
    // Reap mpirun; after a cancel give it a second to stop its ranks, then kill the whole group.
    int status = 0;
    for (int waited = 0;; ++waited) {
        const pid_t w = ::waitpid(pid, &status, cancelled ? WNOHANG : 0);
        if (w == pid || (w < 0 && errno != EINTR))
            break;
        if (waited == 20)
            ::kill(-pid, SIGKILL); // mpirun and any rank it left behind in its group
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (cancelled) {
        nlohmann::json doc = final.value_or(nlohmann::json::object());
        doc["cancelled"] = true;
        return doc;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !final) {
        std::string why = "mpirun failed";
        if (WIFEXITED(status))
            why += " with exit code " + std::to_string(WEXITSTATUS(status));
        if (!errText.empty())
            why += ": " + errText.substr(0, 2000);
        return Error { Error::Code::Internal, 0, why };
    }
    return *final;
}

} // namespace ptlab::training
