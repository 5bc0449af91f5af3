#include "core/wordproc/phrase_book.h"

namespace ptlab::wordproc {

namespace {

constexpr std::string_view kTitles[] = {
    "A Process Is Born",
    "Waiting for the Disk",
    "The Ready Queue",
    "Threads That Share Everything",
    "The Frozen Window",
    "A Lesson on Context Switches",
    "Minh Starts a Novel",
    "The Scheduler's Long Night",
    "Locks and Keys",
    "Two Cores, Four Threads",
    "The Background Reformat",
    "Signals in the Dark",
    "The Zombie in the Process Table",
    "A Pipe Between Two Rooms",
    "Suspended, Not Forgotten",
    "The Heartbeat on the Projector",
    "Amdahl's Warning",
    "When the Fan Grows Loud",
    "Deadlock at Noon",
    "The Print Spooler's Patience",
    "Measuring a Fork",
    "Lan's Question",
    "The Last Page",
    "A Library of Threads",
};

constexpr std::string_view kSystemSubjects[] = {
    "the scheduler",
    "the kernel",
    "every thread in the pool",
    "the background thread",
    "the user interface thread",
    "a child process",
    "the parent process",
    "the word processor",
    "the operating system",
    "the old laptop on the desk",
    "the reformat job",
    "the disk controller",
    "each core of the processor",
    "the timer interrupt",
    "the page cache",
    "the memory manager",
    "a newly created process",
    "the worker thread",
    "the print spooler",
    "the network card",
    "the spell checker",
    "the event loop",
    "the web browser",
    "the compiler",
    "the multi-threaded server",
};

constexpr std::string_view kSystemPredicates[] = {
    "waits patiently for the disk to answer",
    "shares its address space with every sibling thread",
    "receives a fresh address space of its own",
    "moves from the ready queue to the processor",
    "gives up the processor before its time slice ends",
    "sleeps until the next message arrives",
    "copies the page tables of its parent",
    "reformats the whole book after every keystroke",
    "sends its results through a pipe",
    "holds the lock a little longer than it should",
    "wakes up the threads that were waiting on the lock",
    "checks the cancellation flag before every paragraph",
    "counts the context switches of each task",
    "measures how long the window stays frozen",
    "hands the remaining work to another core",
    "keeps the cursor blinking while the pages are rebuilt",
    "loads the next chapter from the disk",
    "stops a runaway process with a signal",
    "saves a snapshot of the document every minute",
    "spreads the paragraphs across two cores",
    "reads the state of every task from the proc file system",
    "answers the mouse click within a few milliseconds",
    "preempts the thread that has used up its quantum",
    "puts the suspended process back into the ready queue",
    "allocates a new stack for the thread",
    "writes the log to the disk in small pieces",
    "redraws the heartbeat animation sixty times a second",
    "throws away the old layout as soon as a new edit arrives",
    "serializes every request behind a single well-known lock",
    "relies on interprocess communication to reach its neighbours",
};

constexpr std::string_view kPersonSubjects[] = {
    "Minh",
    "Lan",
    "Professor Hoa",
    "the student in the front row",
    "the teaching assistant",
    "Tuan",
    "the instructor",
    "Mai",
};

constexpr std::string_view kPersonPredicates[] = {
    "types another sentence into the first chapter",
    "deletes the opening sentence on page one",
    "watches the progress bar crawl across the screen",
    "asks why the window has stopped responding",
    "draws the six process states on the whiteboard",
    "counts the pages of the draft with a sigh",
    "explains the difference between a process and a thread",
    "switches the demo to single-thread mode",
    "opens the task manager to look for the culprit",
    "points at the frozen heartbeat on the projector",
    "writes a small program that starts four threads",
    "compares the two timelines side by side",
    "takes careful notes about context switches",
    "smiles when the cursor moves again",
    "reads the chapter about deadlocks aloud",
    "pauses the lesson to answer a question",
    "kills the stuck process from the terminal",
    "measures how long a fork takes on this machine",
    "remembers the first computer in the school library",
    "closes the laptop and thinks about parallel work",
    "explains why synchronization is never free",
    "describes multiprogramming with a drawing of three queues",
};

constexpr std::string_view kOpeners[] = {
    "Meanwhile, ",
    "Later that evening, ",
    "At first, ",
    "A moment later, ",
    "Of course, ",
    "In the next experiment, ",
    "Every few milliseconds, ",
    "Without a word, ",
    "On the second core, ",
    "Back in the classroom, ",
    "Sometimes ",
    "Once again, ",
};

constexpr std::string_view kTails[] = {
    ", while the user keeps typing",
    " before the next timer interrupt arrives",
    ", and nobody in the room notices",
    " without disturbing the other threads",
    ", just as the lesson says it should",
    " for the third time this morning",
    ", although the book has almost two thousand pages",
    " as quietly as it can",
    ", which takes a little less than a second",
    " in the middle of the afternoon lecture",
    ", so the interface never freezes",
    " while the fan of the laptop grows louder",
    ", and the heartbeat on the screen keeps beating",
    " long before anyone expects it",
    ", exactly as the diagram on the board predicted",
    ", and the whole class leans forward to watch",
};

constexpr std::pair<std::string_view, std::string_view> kJoins[] = {
    { "", ", and " },
    { "", ", but " },
    { "When ", ", " },
    { "", " because " },
    { "While ", ", " },
    { "", ", so " },
};

constexpr std::string_view kFacts[] = {
    "A process owns its address space, its open files and at least one thread.",
    "Threads of the same process share memory, so they can talk to each other without copying anything.",
    // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one sentence over two lines
    "A context switch between two threads is cheaper than one between two processes, because the page tables stay "
    "the same.",
    "When one process crashes, the others keep running as if nothing had happened.",
    "When one thread corrupts memory, the whole process may go down with it.",
    "Ready means the task has everything it needs except a processor.",
    "Waiting means the task expects an event: the disk, the network, a lock or a signal.",
    "A processor with two cores can run only two threads truly in parallel.",
    "Interprocess communication needs a pipe, a shared memory segment or a socket.",
    "Multiprogramming keeps the processor busy while one program waits for input and output.",
    "Synchronization is the price every program pays for sharing data.",
    "Hyperthreading lets one core interleave two hardware threads.",
    "A word processor needs a background thread for layout, or its window freezes on every keystroke.",
    "Amdahl's law reminds us that the sequential part of a job always limits the speed-up.",
    "A new process starts in the new state, and the operating system admits it to the ready queue.",
    "A process that has exited stays a zombie until its parent collects its exit status.",
    "Creating a thread takes microseconds, while creating a process takes noticeably longer.",
    "A suspended process keeps its memory, but it receives no processor time at all.",
};

constexpr std::string_view kQuotes[] = {
    "Why is the window frozen again?",
    "Look at the heartbeat",
    "Every edit reformats the whole book",
    "A thread is cheaper than a process",
    "Let the background thread do the heavy work",
    "Cancel the old job and start a new one",
    "The scheduler is not being unfair",
    "Try it with a single thread",
    "Count the paragraphs, not the seconds",
    "Who is holding the lock?",
    "How many cores does this machine have?",
    "The cursor should never stop blinking",
};

constexpr std::string_view kSpeakers[] = { "Minh", "Lan", "Professor Hoa", "Tuan", "Mai", "the instructor" };

} // namespace

const PhraseBook& englishPhrases()
{
    static const PhraseBook book { kTitles, "Chapter", kSystemSubjects, kSystemPredicates, kPersonSubjects,
        kPersonPredicates, kOpeners, kTails, kJoins, kFacts, kQuotes, kSpeakers };
    return book;
}

} // namespace ptlab::wordproc
