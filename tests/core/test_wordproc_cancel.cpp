#include "core/wordproc/book_generator.h"
#include "core/wordproc/formatter.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace ptlab::wordproc;

namespace {

const Document& bigBook()
{
    static const Document document(generateBook(2000, Language::English));
    return document;
}

} // namespace

TEST_CASE("Cancelling from another thread stops within one paragraph", "[wordproc][cancel]")
{
    const Document& document = bigBook();
    const FontMetrics metrics = FontMetrics::approximateSerif(16);
    const PageLayout layout = standardPageLayout(metrics);

    SECTION("the flag is set while the formatter waits at a known paragraph")
    {
        // The formatting thread reports paragraph 20 and waits until the test thread has set the
        // flag, so the flag is certainly set between two paragraphs.
        std::atomic<bool> cancel { false };
        std::mutex mutex;
        std::condition_variable changed;
        bool reached = false;
        bool flagSet = false;
        constexpr int kStopAt = 20;

        FormattedBook result;
        std::thread worker([&] {
            result = formatBook(document, metrics, layout, cancel, nullptr, [&](int done, int) {
                if (done != kStopAt)
                    return;
                std::unique_lock lock(mutex);
                reached = true;
                changed.notify_all();
                changed.wait_for(lock, std::chrono::seconds(30), [&] { return flagSet; });
            });
        });
        {
            std::unique_lock lock(mutex);
            REQUIRE(changed.wait_for(lock, std::chrono::seconds(30), [&] { return reached; }));
            cancel.store(true);
            flagSet = true;
            changed.notify_all();
        }
        worker.join();
        CHECK(result.cancelled);
        CHECK(result.paragraphsDone - kStopAt <= 1);
        CHECK(result.pages.empty());
        CHECK(result.toc.empty());
        CHECK(result.lines.size() >= static_cast<std::size_t>(kStopAt)); // the work done so far is kept
    }

    SECTION("free running: the progress counter read after setting the flag bounds the overrun")
    {
        std::atomic<bool> cancel { false };
        FormatProgress progress;
        FormattedBook result;
        std::thread worker([&] { result = formatBook(document, metrics, layout, cancel, &progress); });

        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (progress.paragraphsDone.load() < 50 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::yield();
        cancel.store(true);
        // Paragraphs finished before the formatter could see the flag are all counted here:
        // the formatter stores the count after a paragraph and reads the flag before the next.
        const int seen = progress.paragraphsDone.load();
        worker.join();

        REQUIRE(seen >= 50);
        REQUIRE(result.cancelled);
        CHECK(result.paragraphsDone - seen <= 1);
        CHECK(progress.paragraphsDone.load() == result.paragraphsDone);
        CHECK(progress.paragraphsTotal.load() == document.paragraphCount());
        CHECK(result.paragraphsDone < document.paragraphCount());
    }

    SECTION("a flag set before the start formats nothing")
    {
        const std::atomic<bool> cancel { true };
        const FormattedBook result = formatBook(document, metrics, layout, cancel);
        CHECK(result.cancelled);
        CHECK(result.paragraphsDone == 0);
        CHECK(result.lines.empty());
    }
}

TEST_CASE("An uncancelled reformat reports every paragraph", "[wordproc][cancel]")
{
    const Document document(generateBook(20, Language::Vietnamese));
    const FontMetrics metrics = FontMetrics::approximateSerif(16);
    const std::atomic<bool> cancel { false };
    FormatProgress progress;
    int calls = 0;
    int lastDone = 0;
    const FormattedBook result
        = formatBook(document, metrics, standardPageLayout(metrics), cancel, &progress, [&](int done, int total) {
              ++calls;
              CHECK(done == lastDone + 1);
              CHECK(total == document.paragraphCount());
              lastDone = done;
          });
    CHECK_FALSE(result.cancelled);
    CHECK(result.paragraphsDone == document.paragraphCount());
    CHECK(calls == document.paragraphCount());
    CHECK(progress.paragraphsDone.load() == document.paragraphCount());
    CHECK(result.elapsedNs > 0);
    CHECK(result.revision == document.revision());
}
