#include "core/training/ring_allreduce.h"
#include "ui/shell/app_context.h"
#include "ui/training/ring_view.h"
#include "ui/training/training_page.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QImage>
#include <QPushButton>
#include <QSpinBox>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

bool imageHasContentForTraining(const QImage& image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

TEST_CASE("ring state: chunks fill during reduce-scatter and spread during all-gather", "[ui][training]")
{
    const int n = 4;
    const auto plan = training::ringPlan(n, 400, 4);
    const RingState start = ringStateAfter(plan, n, 0);
    CHECK(start.contributions[2][1] == 1);
    const RingState half = ringStateAfter(plan, n, n - 1);
    for (int r = 0; r < n; ++r) // rank r holds chunk r+1 fully reduced after reduce-scatter
        CHECK(half.contributions[static_cast<std::size_t>(r)][static_cast<std::size_t>((r + 1) % n)] == n);
    const RingState done = ringStateAfter(plan, n, 2 * (n - 1));
    for (const auto& rank : done.contributions)
        for (int c : rank)
            CHECK(c == n);
}

TEST_CASE("the Training page trains for real, in both languages, and cancels", "[ui][training]")
{
    AppContext context(uiEngineConfig());
    for (const char* lang : { "en", "vi" }) {
        context.setLanguage(QString::fromLatin1(lang));
        TrainingPage page(context);
        page.resize(1280, 800);
        page.show();
        page.setActive(true);
        CHECK_FALSE(page.title().isEmpty());
        if (QLatin1String(lang) == QLatin1String("vi"))
            CHECK(page.title() != QStringLiteral("Distributed training")); // the Vietnamese catalogue is loaded

        page.applyPreset(QStringLiteral("scenario=data-parallel;workers=2;steps=4;width=16"));
        CHECK(page.scenario() == QStringLiteral("data-parallel"));
        CHECK(page.workers() == 2);
        page.start();
        REQUIRE(waitUntil([&] { return !page.running() && page.lastReport().has_value(); }));
        const auto& r = *page.lastReport();
        CHECK(r.loss.size() == 4);
        CHECK(r.replicasIdentical);
        CHECK(page.ringView()->ranks() == 2);
        CHECK_FALSE(page.figuresText().isEmpty());
        CHECK(imageHasContentForTraining(page.grab().toImage()));

        page.applyPreset(QStringLiteral("scenario=pipeline;workers=4;microbatches=8;steps=2;width=16"));
        CHECK(page.scenario() == QStringLiteral("pipeline"));
        CHECK(page.microbatches() == 8);
        page.start();
        REQUIRE(waitUntil([&] { return !page.running() && page.lastReport().has_value(); }));
        CHECK(page.lastReport()->peakActivations.size() == 4);
        CHECK(page.lastReport()->bubbleTheory == Approx(3.0 / 11.0));

        // Part 2's scenarios never break the page.
        page.applyPreset(QStringLiteral("scenario=zero;stage=1;workers=4"));
        page.applyPreset(QStringLiteral("scenario=mixed-precision"));
        page.applyPreset(QStringLiteral("scenario=prefetch"));
        page.applyPreset(QStringLiteral("scenario=nonsense"));
        CHECK(page.scenario() == QStringLiteral("data-parallel"));

        // A long run cancelled at once leaves no worker behind (the job joins them before reporting).
        page.applyPreset(QStringLiteral("scenario=data-parallel;workers=3;steps=2000;width=64"));
        page.start();
        CHECK(page.running());
        page.cancel();
        REQUIRE(waitUntil([&] { return !page.running(); }));
        REQUIRE(page.lastReport().has_value());
        CHECK(page.lastReport()->cancelled);
        CHECK(page.lastReport()->stepsDone < 2000);
    }
}
