// ptlab-worker: the child process the engine spawns (see core/states/worker_main.h).
#include "core/states/worker_main.h"

int main(int argc, char** argv)
{
    return ptlab::states::runWorkerMain(argc, argv);
}
