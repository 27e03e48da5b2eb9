// A meeting slide as the room reads it (issue #7, "Projection mode"): what it says, in French, at
// a size read from 5 m, without the name in teaching mode, nothing overlapping, and what gives way
// first when the patient's entry is long. Screenshots in <build>/screenshots/meeting/.

#include "ui/meeting/SlidePainter.h"
#include "SlideFixtures.h"
#include "ui/UiTestSupport.h"
#include "ui/meeting/SlideCharts.h"
#include "ui/meeting/SlideLayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

using ui::MeetingSlide;
using ui::SlideDrawing;
using ui::SlideOptions;
using ui::SlidePainter;

MeetingSlide fullSlide()
{
    const MeetingEntryView entry = slides::entry();
    return slides::slide(ui::SlideCharts::choose(entry, slides::stayCharts()));
}

QString allText(const MeetingSlide &slide, const SlideOptions &options = {}, const QSizeF &size = {1920, 1080})
{
    return SlidePainter::texts(slide, options, size).join(QLatin1Char(' '));
}

// Where the glyphs of a text are (its rectangle is that of its line or cell).
QRectF inkOf(const SlideDrawing::Text &t)
{
    const qreal width = QFontMetricsF(t.font).horizontalAdvance(t.text);
    QRectF r(t.rect.left(), t.rect.top(), width, t.rect.height());
    if (t.alignment & Qt::AlignRight)
        r.moveRight(t.rect.right());
    else if (t.alignment & Qt::AlignHCenter)
        r.moveCenter(QPointF(t.rect.center().x(), r.center().y()));
    return r;
}

QImage render(const MeetingSlide &slide, const SlideOptions &options, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    SlidePainter::paint(painter, QRectF(QPointF(0, 0), size), slide, options);
    return image;
}

TEST(SlidePainter, SaysWhoWhereAndWhatChanged)
{
    const QString text = allText(fullSlide());
    for (const QString &expected : {
             QStringLiteral("DUPONT Marie"),
             QStringLiteral("62 ans · Féminin"),
             QStringLiteral("J12 / 28"),
             QStringLiteral("RFR · HTP"),
             QStringLiteral("Sortie prévue le 08/12/2026"),
             // The key scores, their trend since admission and the MCID reached.
             QStringLiteral("TM6 372 m ▲ amélioration"),
             QStringLiteral("ODI 30,0 % ▲ amélioration ✔ MCID"),
             QStringLiteral("Dallas AQ 42 % ▲ amélioration"),
             QStringLiteral("STarT Back 7/9 1er résultat"),
             QStringLiteral("testé depuis la réunion du 15/11/2026"),
             QStringLiteral("Objectifs : 2 atteints · 1 en bonne voie · 1 en retard"),
             QStringLiteral("Décisions de la réunion • Poursuite : préparer un temps partiel thérapeutique"),
             QStringLiteral("Actions en cours"),
             QStringLiteral("en retard Bilan ergonomique du poste — Ergothérapie, pour le 19/11/2026"),
             QStringLiteral("Contacter le médecin du travail — Service social, pour le 27/11/2026"),
             QStringLiteral("Unité Rachis · Réunion du 22/11/2026"),
             QStringLiteral("3 / 12"),
         })
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\nin: " << text.toStdString();
    // A done action is not on the slide.
    EXPECT_FALSE(text.contains(QStringLiteral("Radiographies"))) << text.toStdString();
}

TEST(SlidePainter, LastMeetingsDecisionsWhenThereIsRoom)
{
    MeetingSlide slide = fullSlide();
    slide.charts.clear();
    const QString text = allText(slide);
    EXPECT_TRUE(text.contains(QStringLiteral("Décisions du 15/11/2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Programme : RFR — balnéothérapie 2×/semaine"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Orientation : médecin du travail (pré-reprise)"))) << text.toStdString();
}

TEST(SlidePainter, DayWithoutPlannedLengthAndAgendaTag)
{
    MeetingSlide slide = fullSlide();
    slide.entry.item.length.reset();
    slide.entry.item.stay.plannedDischargeDate = QDate();
    slide.entry.item.section = AgendaSection::NewAdmission;
    const QStringList texts = SlidePainter::texts(slide, {});
    EXPECT_TRUE(texts.contains(QStringLiteral("J12"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Nouvelle admission"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(texts.join(QLatin1Char(' ')).contains(QStringLiteral("Sortie prévue")));

    slide.entry.item.section = AgendaSection::DischargeSoon;
    EXPECT_TRUE(SlidePainter::texts(slide, {}).contains(QStringLiteral("Sortie sous 7 jours")));
}

// Teaching sessions: "M. D." and nothing of the name, birth date or IPP anywhere, even in what the
// team typed.
TEST(SlidePainter, InitialsOnlyLeaveNoPartOfTheName)
{
    MeetingSlide slide = fullSlide();
    slide.entry.decisions << slides::decision(
        DecisionKind::Other, QStringLiteral("Mme Dupont (Marie) souhaite rentrer ; dossier IPP004217"));
    slide.entry.item.stay.programme = Programme::Other;
    slide.entry.item.stay.programmeDetail = QStringLiteral("programme de MARIE DUPONT");
    slide.charts.clear(); // room for every block: the whole slide is checked

    const QString named = allText(slide);
    ASSERT_TRUE(named.contains(QStringLiteral("DUPONT Marie")));

    const QString text = allText(slide, SlideOptions{true});
    EXPECT_TRUE(text.contains(QStringLiteral("M. D."))) << text.toStdString();
    for (const QString &absent : {QStringLiteral("dupont"), QStringLiteral("marie"), QStringLiteral("IPP004217"),
                                  QStringLiteral("12/03/1964"), QStringLiteral("1964")})
        EXPECT_FALSE(text.contains(absent, Qt::CaseInsensitive))
            << absent.toStdString() << " in " << text.toStdString();
    // The rest is still there.
    for (const QString &present : {QStringLiteral("62 ans · Féminin"), QStringLiteral("J12 / 28"),
                                   QStringLiteral("ODI 30,0 %"), QStringLiteral("Mme D. (M.) souhaite rentrer"),
                                   QStringLiteral("Poursuite : préparer un temps partiel thérapeutique")})
        EXPECT_TRUE(text.contains(present)) << present.toStdString() << " in " << text.toStdString();
}

// 28 pt at 96 dpi is 37.3 px at 1920 × 1080: every text of the slide, the same proportions at
// 1280 × 720.
TEST(SlidePainter, TextReadableFromFiveMetres)
{
    for (const bool initials : {false, true}) {
        const SlideDrawing big = SlidePainter::drawing(fullSlide(), SlideOptions{initials}, QSizeF(1920, 1080));
        ASSERT_FALSE(big.texts.isEmpty());
        int largest = 0;
        for (const SlideDrawing::Text &t : big.texts) {
            EXPECT_GE(t.font.pixelSize(), 37) << t.text.toStdString();
            largest = std::max(largest, t.font.pixelSize());
        }
        EXPECT_GE(largest, 56); // the patient and the day
        for (const SlideDrawing::Chart &c : big.charts)
            EXPECT_GE(c.textPixels, 26);

        const SlideDrawing small = SlidePainter::drawing(fullSlide(), SlideOptions{initials}, QSizeF(1280, 720));
        // The same slide: what gives way is the same (lines may wrap a little differently, the
        // pixel sizes being whole numbers).
        EXPECT_EQ(small.dropped, big.dropped);
        EXPECT_EQ(small.charts.size(), big.charts.size());
        for (const SlideDrawing::Text &t : small.texts)
            EXPECT_GE(t.font.pixelSize(), 25) << t.text.toStdString();
    }
}

// Nothing overlaps, nothing leaves the slide, at both sizes, whatever had to give way.
TEST(SlidePainter, NothingOverlapsNorLeavesTheSlide)
{
    MeetingSlide crowded = fullSlide();
    for (int i = 0; i < 6; ++i)
        crowded.entry.actions << slides::action(10 + i, QStringLiteral("Réévaluer la marche avec canne anglaise"),
                                                QStringLiteral("physiotherapy"), QDate(2026, 11, 20 + i));
    for (const MeetingSlide &slide : {fullSlide(), crowded}) {
        for (const QSizeF size : {QSizeF(1920, 1080), QSizeF(1280, 720)}) {
            const SlideDrawing d = SlidePainter::drawing(slide, {}, size);
            const QRectF page(QPointF(0, 0), size);
            QList<QRectF> taken;
            for (const SlideDrawing::Chart &c : d.charts)
                taken << c.rect;
            for (const SlideDrawing::Text &t : d.texts) {
                const QRectF ink = inkOf(t);
                EXPECT_TRUE(page.contains(ink)) << t.text.toStdString();
                EXPECT_LE(ink.width(), t.rect.width() + 0.5) << "wider than its place: " << t.text.toStdString();
                taken << ink.adjusted(1, 1, -1, -1);
            }
            for (int i = 0; i < taken.size(); ++i)
                for (int j = i + 1; j < taken.size(); ++j)
                    EXPECT_FALSE(taken.at(i).intersects(taken.at(j))) << i << " and " << j;
        }
    }
}

// The stated order (SlideLayout): the second chart, last meeting's decisions, the scores without
// a new test, the charts; then lists are cut with "+ N more". As the entry grows, the step taken
// never goes back, and while a chart is shown every earlier step is taken too.
TEST(SlidePainter, GivesWayInTheStatedOrder)
{
    // A lighter entry first: no action nor decision yet, both charts shown.
    MeetingSlide slide = fullSlide();
    ASSERT_EQ(slide.charts.size(), 2);
    slide.entry.actions.clear();
    slide.entry.decisions.clear();
    const QStringList order{QStringLiteral("second chart"), QStringLiteral("previous decisions"),
                            QStringLiteral("untested scores"), QStringLiteral("charts")};
    const auto stepOf = [&order](const SlideDrawing &d) {
        int step = 0;
        for (const QString &what : d.dropped) {
            if (what.contains(QStringLiteral(" cut")))
                step = std::max<int>(step, int(order.size()) + 1);
            else if (order.contains(what))
                step = std::max<int>(step, int(order.indexOf(what)) + 1);
        }
        return step;
    };
    EXPECT_EQ(stepOf(SlidePainter::drawing(slide, {})), 0) << "fits whole";
    EXPECT_EQ(stepOf(SlidePainter::drawing(fullSlide(), {})), 1) << "the full entry: one chart";
    slide.entry.decisions = fullSlide().entry.decisions;

    int previousStep = 0;
    QList<int> steps;
    for (int i = 0; i < 20; ++i) {
        slide.entry.actions << slides::action(100 + i, QStringLiteral("Suivi %1").arg(i + 1), QStringLiteral("nursing"),
                                              QDate(2026, 11, 25));
        const SlideDrawing d = SlidePainter::drawing(slide, {});
        const int step = stepOf(d);
        EXPECT_GE(step, previousStep) << i;
        if (step >= 1 && step <= 3) {
            for (int earlier = 0; earlier < step; ++earlier)
                EXPECT_TRUE(d.dropped.contains(order.at(earlier))) << order.at(earlier).toStdString() << " at " << i;
        }
        for (const SlideDrawing::Text &t : d.texts)
            ASSERT_GE(t.font.pixelSize(), 37) << t.text.toStdString();
        if (steps.isEmpty() || steps.constLast() != step)
            steps << step;
        previousStep = step;
    }
    EXPECT_EQ(steps.constLast(), int(order.size()) + 1) << "the lists are cut at last";
    EXPECT_GE(steps.size(), 4) << "several steps taken one after the other";

    const QString text = allText(slide);
    EXPECT_TRUE(text.contains(QStringLiteral("autres"))) << text.toStdString();      // "+ N autres"
    EXPECT_TRUE(text.contains(QStringLiteral("Poursuite :"))) << text.toStdString(); // never left out
    EXPECT_TRUE(text.contains(QStringLiteral("Objectifs :"))) << text.toStdString();
}

TEST(SlidePainter, ChartsAreDrawnOnTheSlide)
{
    const MeetingSlide slide = fullSlide();
    const SlideDrawing d = SlidePainter::drawing(slide, {});
    ASSERT_FALSE(d.charts.isEmpty());
    const QImage image = render(slide, {}, QSize(1920, 1080));
    // Something besides the white background in every chart's place.
    for (const SlideDrawing::Chart &c : d.charts) {
        int coloured = 0;
        const QRect r = c.rect.toRect();
        for (int y = r.top(); y < r.bottom(); y += 7)
            for (int x = r.left(); x < r.right(); x += 7)
                coloured += image.pixelColor(x, y) != Qt::white ? 1 : 0;
        EXPECT_GT(coloured, 200) << c.index;
    }
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white)); // the whole slide painted
}

TEST(SlidePainterScreenshots, FullAndInitialsAtBothSizes)
{
    const MeetingSlide slide = fullSlide();
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        const QString full = screenshot(render(slide, {}, size), QStringLiteral("meeting/slide-") + suffix);
        EXPECT_EQ(QImage(full).size(), size);
        const QString initials =
            screenshot(render(slide, SlideOptions{true}, size), QStringLiteral("meeting/slide-initials-") + suffix);
        EXPECT_EQ(QImage(initials).size(), size);
    }
    // Discharge within 7 days: the agenda's tag.
    MeetingSlide oneChart = slide;
    oneChart.charts.removeLast();
    oneChart.entry.item.section = AgendaSection::DischargeSoon;
    oneChart.entry.item.stay.plannedDischargeDate = QDate(2026, 11, 27);
    oneChart.entry.item.length = 17;
    screenshot(render(oneChart, {}, QSize(1920, 1080)), QStringLiteral("meeting/slide-one-chart-1920x1080"));
    MeetingSlide twoCharts = slide;
    twoCharts.entry.actions.clear();
    twoCharts.entry.decisions.clear();
    ASSERT_EQ(SlidePainter::drawing(twoCharts, {}).charts.size(), 2);
    screenshot(render(twoCharts, {}, QSize(1920, 1080)), QStringLiteral("meeting/slide-two-charts-1920x1080"));
    MeetingSlide noChart = slide;
    noChart.charts.clear();
    screenshot(render(noChart, {}, QSize(1920, 1080)), QStringLiteral("meeting/slide-no-chart-1920x1080"));
}

} // namespace
} // namespace smr::test
