#include "core/hardware/topology.h"
#include "core/hardware/topology_loader.h"
#include "core/states/engine.h"
#include "ui/hardware/hardware_page.h"
#include "ui/hardware/summary_cards.h"
#include "ui/hardware/topology_view.h"
#include "ui/shell/app_context.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <sys/stat.h>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

bool imageHasContent(const QImage& image)
{
    if (image.isNull() || image.width() < 10 || image.height() < 10)
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the Hardware page shows the live machine and synthetic topologies", "[ui][hardware]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    HardwarePage page(context);
    page.resize(1280, 800);
    page.show();
    page.setActive(true);

    // Discovery runs on a worker thread; the page fills in when it is done.
    REQUIRE(waitUntil([&page] { return !page.discovering() && !page.topology().empty(); }));
    CHECK(page.showsLiveMachine());
    CHECK(page.topologyView()->liveOverlay());
    CHECK(page.topologyView()->puBoxCount() >= 1);
    CHECK(page.topologyView()->puBoxCount() == static_cast<int>(page.topology().count(hardware::NodeKind::PU)));
    CHECK(page.summaryCards()->cardCount() >= 6);
    CHECK_FALSE(page.noteText().isEmpty());
    CHECK(page.lastError().isEmpty());

    REQUIRE(page.loadSynthetic(QStringLiteral("pack:2 core:4 pu:2")));
    CHECK(page.topology().source == hardware::TopologySource::Synthetic);
    CHECK(page.topologyView()->puBoxCount() == 16);
    CHECK_FALSE(page.showsLiveMachine());
    CHECK_FALSE(page.topologyView()->liveOverlay());
    CHECK(page.noteText().contains(QStringLiteral("no live load")));
    CHECK(page.summaryCards()->cardText(1).contains(QStringLiteral("16")));

    const QImage image = page.grab().toImage();
    CHECK(imageHasContent(image));
    const QImage view = page.topologyView()->grab().toImage();
    CHECK(imageHasContent(view));
    CHECK(view.width() >= 100);

    // Back to this machine.
    REQUIRE(page.loadLive());
    CHECK(page.showsLiveMachine());
}

TEST_CASE("the Hardware page rejects bad input and keeps the topology it shows", "[ui][hardware][errors]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    HardwarePage page(context);
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.loadSynthetic(QStringLiteral("pack:2 core:4 pu:2")));
    REQUIRE(page.topologyView()->puBoxCount() == 16);

    CHECK_FALSE(page.loadXmlData(
        QByteArrayLiteral("<?xml version=\"1.0\"?><topology><object type=\"Mach"), QStringLiteral("broken.xml")));
    CHECK(page.lastError().contains(QStringLiteral("broken.xml")));
    CHECK(page.topology().source == hardware::TopologySource::Synthetic);
    CHECK(page.topologyView()->puBoxCount() == 16);

    CHECK_FALSE(page.loadSynthetic(QStringLiteral("pack:two banana")));
    CHECK(page.lastError().contains(QStringLiteral("pack:two banana")));
    CHECK(page.topologyView()->puBoxCount() == 16);

    // A good load clears the message; samples come from the resources.
    REQUIRE(page.loadSample(QStringLiteral(":/topologies/laptop-4c8t.xml")));
    CHECK(page.lastError().isEmpty());
    CHECK(page.topology().source == hardware::TopologySource::Xml);
    CHECK(page.topologyView()->puBoxCount() == 8);
    CHECK(page.noteText().contains(QStringLiteral("laptop-4c8t.xml")));

    // Export and read back.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("exported.xml"));
    REQUIRE(page.exportXml(path));
    REQUIRE(page.loadXmlFile(path));
    CHECK(page.topologyView()->puBoxCount() == 8);
    CHECK_FALSE(page.loadXmlFile(dir.filePath(QStringLiteral("missing.xml"))));
    CHECK(page.topologyView()->puBoxCount() == 8);
    // A device or a FIFO chosen by mistake is refused at once (read through core's bounded reader),
    // never read until memory runs out or waited on for ever.
    CHECK_FALSE(page.loadXmlFile(QStringLiteral("/dev/zero")));
    const QString fifo = dir.filePath(QStringLiteral("fifo.xml"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(page.loadXmlFile(fifo));
    CHECK(page.topologyView()->puBoxCount() == 8);
}

TEST_CASE("the Hardware page scales with zoom and follows the language", "[ui][hardware][zoom]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    HardwarePage page(context);
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.loadSample(QStringLiteral(":/topologies/server-2s-numa.xml")));
    const QSize before = page.topologyView()->sizeHint();
    context.setZoom(2.0);
    QApplication::processEvents();
    const QSize after = page.topologyView()->sizeHint();
    CHECK(after.width() > before.width() * 3 / 2);
    CHECK(after.height() > before.height() * 3 / 2);
    context.setZoom(1.0);
    QApplication::processEvents();

    // A big machine fits in view when asked, and is drawn at full size again when not.
    REQUIRE(page.loadSample(QStringLiteral(":/topologies/big-4s-8numa.xml")));
    const QSize full = page.topologyView()->sizeHint();
    auto* fit = page.findChild<QCheckBox*>(QStringLiteral("fitTopology"));
    REQUIRE(fit);
    fit->setChecked(true);
    QApplication::processEvents();
    CHECK(page.topologyView()->scale() < 1.0);
    CHECK(page.topologyView()->sizeHint().width() < full.width());
    CHECK(page.topologyView()->sizeHint().height() < full.height());
    CHECK(imageHasContent(page.topologyView()->grab().toImage()));
    fit->setChecked(false);
    CHECK(page.topologyView()->sizeHint() == full);

    const QString english = page.summaryCards()->cardText(0);
    context.setLanguage(QStringLiteral("vi"));
    QApplication::processEvents();
    // The Vietnamese card differs from the English one (a failed translation would leave it equal).
    CHECK_FALSE(page.summaryCards()->cardText(0).isEmpty());
    CHECK(page.summaryCards()->cardText(0) != english);
    context.setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(page.summaryCards()->cardText(0) == english);
}

TEST_CASE("the Hardware page names the kind of each core on a hybrid processor", "[ui][hardware]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    HardwarePage page(context);
    REQUIRE(page.loadSample(QStringLiteral(":/topologies/hybrid-4p8e.xml")));
    int efficiency = 0;
    for (const auto& box : page.topologyView()->topologyLayout().boxes) {
        if (box.kind == hardware::NodeKind::Core && box.label.size() == 2 && box.label[1] == "Efficiency core")
            ++efficiency;
    }
    CHECK(efficiency == 8);
    CHECK(page.topologyView()->puBoxCount() == 16);
}

TEST_CASE("the Hardware page says why it fell back to /proc", "[ui][hardware][fallback]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    HardwarePage page(context);
    page.resize(1000, 700);
    page.show();
    hardware::LiveOptions options;
    options.force_fallback = true;
    REQUIRE(page.loadLive(options));
    REQUIRE(page.topology().source == hardware::TopologySource::Fallback);
    CHECK(page.showsLiveMachine()); // still this machine: live load and tasks are drawn
    CHECK(page.topologyView()->liveOverlay());
    CHECK(page.topologyView()->puBoxCount() >= 1);
    const QString reason = QString::fromStdString(page.topology().fallback_reason);
    REQUIRE_FALSE(reason.isEmpty());
    CHECK(page.noteText().contains(reason));
    auto* exportButton = page.findChild<QPushButton*>(QStringLiteral("exportXmlButton"));
    REQUIRE(exportButton);
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(imageHasContent(page.grab().toImage()));
}

TEST_CASE("the Hardware page draws a pinned thread on the CPU it runs on", "[ui][hardware][live]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    HardwarePage page(context);
    page.resize(1280, 800);
    page.show();
    page.setActive(true);
    REQUIRE(waitUntil([&page] { return !page.discovering() && page.showsLiveMachine(); }));
    REQUIRE(page.topology().findPu(0) >= 0);

    auto spawned = context.engine().spawn({ states::TaskKind::Thread, { states::Workload::Cpu }, 1 });
    REQUIRE(spawned.spawned.size() == 1);
    const states::TaskId id = spawned.spawned.front();
    REQUIRE(context.engine().pin(id, 0));
    CHECK(waitUntil([&page, id] { return page.topologyView()->tokenCpu(id) == 0; }));

    // On a loaded topology the live tokens are not drawn.
    REQUIRE(page.loadSynthetic(QStringLiteral("pack:1 core:2 pu:1")));
    CHECK(page.topologyView()->tokenCpu(id) == -1);
    context.engine().stopAll();
}
