#include "ui/meeting/SlideLayout.h"

#include "core/meetings/MeetingText.h"

#include "core/common/Dates.h"
#include "ui/meeting/SlideRows.h"
#include "ui/meeting/SlideText.h"

#include <QFontMetricsF>

#include <algorithm>

namespace smr::ui {

using namespace slide;

qreal SlideLayout::unitOf(const QRectF &target)
{
    return std::min(target.height() / 1080.0, target.width() / 1920.0);
}

namespace {

using Text = SlideDrawing::Text;
using Box = SlideDrawing::Box;

// What one attempt keeps (SlideLayout's order of giving way).
struct Config {
    enum class Charts { All, OneOnTop, None };
    Charts charts = Charts::All;
    bool withPrevious = true;
    bool withUntested = true;
    bool cut = false;
};

// A column of the body: its place, and its blocks built for its width.
struct Column {
    QRectF room;
    QList<Block> blocks;
};

// Lays out one slide.
class Layouter
{
public:
    Layouter(const QRectF &target, const MeetingSlide &slide, const SlideOptions &options)
        : m_target(target), m_slide(slide), m_options(options), m_style(SlideLayout::unitOf(target))
    {
    }

    SlideDrawing run();

private:
    qreal px(qreal v) const { return m_style.px(v); }
    qreal left() const { return m_target.left() + px(56); }
    qreal right() const { return m_target.right() - px(56); }
    QString freeText(const QString &text) const
    {
        return m_options.initialsOnly ? SlideText::scrub(text, m_slide.entry.item.patient) : text;
    }
    bool testedSinceMeeting(const QString &instrument) const
    {
        const QList<ChangeSinceMeeting> &changes = m_slide.entry.changes;
        return std::any_of(changes.cbegin(), changes.cend(),
                           [&](const ChangeSinceMeeting &c) { return c.instrument == instrument; });
    }
    qreal header(SlideDrawing &out) const;
    qreal footer(SlideDrawing &out) const;
    Row scoreRow(const InstrumentCard &card, bool highlighted, qreal width, qreal valueX, qreal trendX) const;
    Block scores(qreal width, bool withUntested) const;
    Block actions(qreal width) const;
    QList<Block> blocks(qreal width, const Config &config) const;
    bool flow(QList<Column> &columns, bool split, bool cut, SlideDrawing *out) const;

    QRectF m_target;
    const MeetingSlide &m_slide;
    SlideOptions m_options;
    Style m_style;
};

// The patient and the day on the first line, the programme, the agenda's tag and the planned
// discharge on the second, a rule under them. Returns where the body may start.
qreal Layouter::header(SlideDrawing &out) const
{
    const AgendaItem &item = m_slide.entry.item;
    const QFontMetricsF title(m_style.title);
    const QFontMetricsF body(m_style.body);
    const auto at = [](const QFontMetricsF &m, qreal x, qreal baseline, qreal width) {
        return QRectF(x, baseline - m.ascent(), width, m.height());
    };
    const qreal first = m_target.top() + px(28) + title.ascent();

    const QString day = SlideText::day(item, m_slide.meetingDate);
    const qreal dayWidth = title.horizontalAdvance(day);
    const QString ageSex = SlideText::ageAndSex(item.age, item.patient.sex);
    const qreal ageWidth = body.horizontalAdvance(ageSex);
    const qreal nameRoom = right() - left() - dayWidth - ageWidth - px(96);
    const QString name =
        title.elidedText(SlideText::patientName(item.patient, m_options.initialsOnly), Qt::ElideRight, nameRoom);
    const qreal nameWidth = title.horizontalAdvance(name);
    out.texts << Text{name, at(title, left(), first, nameWidth), m_style.title, colour::kText};
    out.texts << Text{ageSex, at(body, left() + nameWidth + px(32), first, ageWidth), m_style.body, colour::kText};
    out.texts << Text{day, at(title, right() - dayWidth, first, dayWidth), m_style.title, colour::kText};

    const qreal second = first + title.descent() + px(8) + body.ascent();
    const QString discharge = SlideText::plannedDischarge(item.stay);
    const qreal dischargeWidth = body.horizontalAdvance(discharge);
    if (!discharge.isEmpty())
        out.texts << Text{discharge, at(body, right() - dischargeWidth, second, dischargeWidth), m_style.body,
                          colour::kText};
    const QString tag = item.section == AgendaSection::Ongoing ? QString() : kAgendaSections.label(item.section);
    const qreal tagRoom = tag.isEmpty() ? 0 : advance(m_style.bold, tag) + px(24 + 32);
    const QString programme = body.elidedText(freeText(SlideText::programmeAndMode(item.stay)), Qt::ElideRight,
                                              right() - left() - dischargeWidth - tagRoom - px(48));
    const qreal programmeWidth = body.horizontalAdvance(programme);
    out.texts << Text{programme, at(body, left(), second, programmeWidth), m_style.body, colour::kText};
    if (!tag.isEmpty()) {
        Row row;
        addTag(row, m_style, tag, colour::kText, 0, 0);
        const qreal top = second - body.ascent() - (m_style.line - body.height()) / 2;
        appendRow(out, row, QPointF(left() + programmeWidth + px(32), top));
    }

    const qreal rule = second + body.descent() + px(14);
    out.boxes << Box{QRectF(left(), rule, right() - left(), px(3)), colour::kText};
    return rule + px(3);
}

// "Unité Rachis · Réunion du 22/11/2026" and "3 / 12" over a thin rule. Returns where the body
// must end.
qreal Layouter::footer(SlideDrawing &out) const
{
    const QFontMetricsF body(m_style.body);
    const qreal top = m_target.bottom() - px(18) - body.descent() - body.ascent();
    const QString position = QStringLiteral("%1 / %2").arg(m_slide.index + 1).arg(m_slide.count);
    const qreal positionWidth = advance(m_style.bold, position);
    QString where = SlideLayout::tr("Meeting of %1").arg(dates::display(m_slide.meetingDate));
    if (!m_slide.unitName.isEmpty())
        where = SlideLayout::tr("%1 · %2").arg(m_slide.unitName, where);
    where = body.elidedText(where, Qt::ElideRight, right() - left() - positionWidth - px(48));
    out.texts << Text{where, QRectF(left(), top, body.horizontalAdvance(where), body.height()), m_style.body,
                      colour::kMuted};
    out.texts << Text{position, QRectF(right() - positionWidth, top, positionWidth, body.height()), m_style.bold,
                      colour::kText};
    const qreal rule = top - px(12);
    out.boxes << Box{QRectF(left(), rule, right() - left(), px(2)), colour::kMuted};
    return rule;
}

// A test: its title, the score, the trend since admission in a sign, a word and a colour, and the
// MCID/MDC mark — beside the trend, or under the score and trend when both do not fit.
Row Layouter::scoreRow(const InstrumentCard &card, bool highlighted, qreal width, qreal valueX, qreal trendX) const
{
    Row row;
    const qreal pad = px(5);
    const qreal titleX = px(26);
    qreal height =
        addLines(row, m_style, card.title, m_style.bold, colour::kText, titleX, pad, valueX - titleX - px(16));
    height = std::max(height, addLines(row, m_style, SlideText::score(card), m_style.body, colour::kText, valueX, pad,
                                       trendX - valueX - px(16)));
    const QString mark = SlideText::thresholdMark(card);
    // The trend in the regular weight: its sign, word and colour say enough, and the mark then
    // fits beside it.
    const QFont &font = m_style.body;
    QColor colour = colour::kText;
    QString trend = SlideLayout::tr("first result");
    if (card.sinceAdmission) {
        const MeasureChange::Trend t = card.sinceAdmission->trend;
        colour = t == MeasureChange::Trend::Better  ? colour::kBetter
                 : t == MeasureChange::Trend::Worse ? colour::kWorse
                                                    : colour::kText;
        trend = ChangeAnalysis::trendText(t);
    }
    const qreal room = width - trendX;
    const QString both = mark.isEmpty() ? trend : trend + QLatin1Char(' ') + mark;
    if (advance(font, both) <= room) {
        height = std::max(height, addLines(row, m_style, both, font, colour, trendX, pad, room));
    } else {
        height = std::max(height, addLines(row, m_style, trend, font, colour, trendX, pad, room));
        height += addLines(row, m_style, mark, font, colour, valueX, pad + height, width - valueX);
    }
    row.height = height + 2 * pad;
    if (highlighted) {
        row.boxes << Box{QRectF(0, 0, width, row.height), colour::kHighlight};
        row.boxes << Box{QRectF(0, 0, px(10), row.height), colour::kHighlightBar};
    }
    return row;
}

// The tests of the stay with a result, those retaken since the previous meeting highlighted and a
// legend saying so; without `withUntested`, one line counts the others.
Block Layouter::scores(qreal width, bool withUntested) const
{
    const MeetingEntryView &entry = m_slide.entry;
    Block block =
        listBlock(QStringLiteral("scores"), m_style, width, SlideLayout::tr("Tests (trend since admission)"), {});
    QList<const InstrumentCard *> shown;
    int untested = 0;
    for (const InstrumentCard &card : entry.cards) {
        if (!card.latest)
            continue;
        if (withUntested || testedSinceMeeting(card.instrument))
            shown << &card;
        else
            ++untested;
    }
    if (shown.isEmpty() && untested == 0) {
        block.items << paragraph(m_style, SlideLayout::tr("No test result in this stay yet."), m_style.body,
                                 colour::kMuted, width);
        return block;
    }
    // Columns as wide as their widest text (the title's and the score's within limits); the trend
    // and its mark in the rest.
    qreal titles = 0;
    qreal values = 0;
    for (const InstrumentCard *card : shown) {
        titles = std::max(titles, advance(m_style.bold, card->title));
        values = std::max(values, advance(m_style.body, SlideText::score(*card)));
    }
    const qreal valueX = px(26) + std::min(titles + px(28), 0.28 * width);
    const qreal trendX = valueX + std::min(values + px(32), 0.3 * width);
    bool anyTested = false;
    for (const InstrumentCard *card : shown) {
        const bool tested = testedSinceMeeting(card->instrument);
        anyTested = anyTested || tested;
        block.items << scoreRow(*card, tested, width, valueX, trendX);
    }
    if (untested > 0)
        block.items << paragraph(m_style, SlideLayout::tr("+ %n other test(s) without a new result", nullptr, untested),
                                 m_style.body, colour::kMuted, width);
    if (anyTested) {
        const QDate since = entry.windowStart;
        const QString text = !since.isValid() || since < entry.item.stay.admissionDate
                                 ? SlideLayout::tr("tested since admission")
                                 : SlideLayout::tr("tested since the meeting of %1").arg(dates::display(since));
        Row legend;
        const qreal pad = px(5);
        legend.boxes << Box{QRectF(0, pad + px(6), px(56), m_style.line - px(12)), colour::kHighlight};
        legend.boxes << Box{QRectF(0, pad + px(6), px(10), m_style.line - px(12)), colour::kHighlightBar};
        legend.height =
            addLines(legend, m_style, text, m_style.body, colour::kMuted, px(74), pad, width - px(74)) + pad;
        block.items << legend;
    }
    return block;
}

// The open actions, the overdue first (their tag before them), then by due date, none last.
Block Layouter::actions(qreal width) const
{
    QList<MeetingAction> open;
    for (const MeetingAction &a : m_slide.entry.actions) {
        if (a.isOpen())
            open << a;
    }
    const QDate day = m_slide.meetingDate;
    std::stable_sort(open.begin(), open.end(), [day](const MeetingAction &a, const MeetingAction &b) {
        const bool lateA = MeetingText::overdue(a, day);
        if (lateA != MeetingText::overdue(b, day))
            return lateA;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    Block block = listBlock(QStringLiteral("actions"), m_style, width, SlideLayout::tr("Open actions"), {});
    for (const MeetingAction &a : open) {
        // An overdue action starts with its tag, the words following it.
        const bool late = MeetingText::overdue(a, day);
        const QString tag = SlideLayout::tr("overdue");
        const qreal tagRoom = late ? advance(m_style.bold, tag) + px(24 + 16) : 0;
        Row row = paragraph(m_style, freeText(SlideText::action(a, m_slide.disciplines)), m_style.body, colour::kText,
                            width, true, tagRoom);
        if (late) {
            Row tagged;
            addTag(tagged, m_style, tag, colour::kWorse, m_style.indent, 0);
            row.boxes << tagged.boxes;
            row.texts.insert(1, tagged.texts.first()); // read after the bullet, before the words
        }
        block.items << row;
    }
    return block;
}

// The body's blocks in their order: scores, goals, this meeting's decisions, the medical issues,
// open actions, last meeting's decisions; the empty ones left out.
QList<Block> Layouter::blocks(qreal width, const Config &config) const
{
    const MeetingEntryView &entry = m_slide.entry;
    QList<Block> out;
    out << scores(width, config.withUntested);
    // The goals' counts break between them, never inside one ("1 en / retard").
    QStringList goals = MeetingText::goals(entry.goalCounts).split(QStringLiteral(" · "));
    for (QString &part : goals)
        part.replace(QLatin1Char(' '), kGlue);
    Block goalBlock;
    goalBlock.name = QStringLiteral("goals");
    goalBlock.items << paragraph(m_style, goals.join(QStringLiteral(" · ")), m_style.body, colour::kText, width);
    out << goalBlock;
    QStringList today;
    for (const MeetingDecision &d : entry.decisions)
        today << freeText(SlideText::decision(d));
    out << listBlock(QStringLiteral("decisions"), m_style, width, SlideLayout::tr("Decisions of this meeting"), today);
    // The medical issues as the presenter types them (the disciplines' notes are too long for a
    // slide: they stay on the presenter's screen).
    QStringList medical;
    for (const QString &line : entry.item.entry.medicalIssues.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        medical << freeText(line.trimmed());
    out << listBlock(QStringLiteral("medical issues"), m_style, width, SlideLayout::tr("Medical issues"), medical);
    out << actions(width);
    if (config.withPrevious) {
        QStringList previous;
        for (const MeetingDecision &d : entry.previousDecisions)
            previous << freeText(SlideText::decision(d));
        const QString heading = entry.windowStart.isValid()
                                    ? SlideLayout::tr("Decisions of %1").arg(dates::display(entry.windowStart))
                                    : SlideLayout::tr("Decisions of the previous meeting");
        out << listBlock(QStringLiteral("previous decisions"), m_style, width, heading, previous);
    }
    out.removeIf([](const Block &b) { return b.isEmpty(); });
    return out;
}

// Places the blocks down the columns in order, each whole in the first column with room from the
// current one on; the columns' rooms shrink by what they took. With `split`, as a newspaper does:
// a block that does not fit in what is left of a column puts there its heading and the items that
// fit (one at least) and goes on in the next column under its heading "(continued)". With `cut`,
// what the last column cannot hold is left out, "+ N more" saying so. A block with no room
// anywhere is left out and named in `dropped`. Returns whether everything was placed.
bool Layouter::flow(QList<Column> &columns, bool split, bool cut, SlideDrawing *out) const
{
    bool all = true;
    int c = 0;
    const int count = columns.isEmpty() ? 0 : int(columns.first().blocks.size());
    for (int b = 0; b < count; ++b) {
        int from = 0; // the first item not placed yet
        const int items = int(columns.first().blocks.at(b).items.size());
        while (from < items && c < columns.size()) {
            Column &column = columns[c];
            // The rest of the block as this column's width lays it out; the heading goes first.
            Block part = column.blocks.at(b);
            part.items = part.items.mid(from);
            if (from > 0 && part.heading) {
                // Its heading again, so that the items read as what they are.
                part.heading = paragraph(m_style, SlideLayout::tr("%1 (continued)").arg(part.title), m_style.bold,
                                         colour::kText, column.room.width());
            }
            const bool last = c == columns.size() - 1;
            int keep = int(part.items.size());
            while (keep > 0 && part.heightKeeping(keep) > column.room.height() + 0.5)
                --keep;
            if (keep < part.items.size() && (!last || !cut)) {
                // Without "+ N more": what fits whole.
                Block plain = part;
                plain.more = nullptr;
                keep = int(part.items.size());
                while (keep > 0 && plain.heightKeeping(keep) > column.room.height() + 0.5)
                    --keep;
                part = plain;
            }
            if (keep == 0 || (keep < part.items.size() && !split && !last)) {
                ++c;
                continue;
            }
            if (out)
                part.place(*out, column.room.topLeft(), keep);
            column.room.setTop(column.room.top() + part.heightKeeping(keep) + m_style.gap);
            from += keep;
            if (from < items && last) {
                if (cut) {
                    // The rest is said by "+ N more".
                    if (out)
                        out->dropped << QStringLiteral("%1: %2 cut").arg(part.name).arg(items - from);
                    from = items;
                }
                break;
            }
        }
        if (from < items) {
            if (out)
                out->dropped << columns.first().blocks.at(b).name;
            all = false;
            c = int(columns.size()) - 1;
        }
    }
    return all;
}

SlideDrawing Layouter::run()
{
    SlideDrawing out;
    out.target = m_target;
    out.background = colour::kBackground;
    const qreal top = header(out) + px(20);
    // The footer is laid out first (the body ends above it) and drawn last, in reading order.
    SlideDrawing foot;
    const qreal bottom = footer(foot) - px(16);

    // The text column a little wider than the charts': a chart reads in less width than words.
    const qreal gap = px(56);
    const qreal textWidth = (right() - left() - gap) * 0.54;
    const QRectF leftRoom(left(), top, textWidth, bottom - top);
    const QRectF rightRoom(left() + textWidth + gap, top, right() - left() - textWidth - gap, bottom - top);
    const int charts = int(std::min<qsizetype>(m_slide.charts.size(), 2));
    const qreal chartText = SlideLayout::ChartTextPixels * m_style.u;
    const qreal half = (rightRoom.height() - m_style.gap) / 2;
    // A chart with text under it keeps at least this height (about 310 px at 1080: its axes,
    // labels and legend still read).
    const qreal smallest = 0.40 * rightRoom.height();

    using Charts = Config::Charts;
    QList<Config> configs{{Charts::All, true, true, false}};
    if (charts > 0)
        configs << Config{Charts::OneOnTop, true, true, false} << Config{Charts::OneOnTop, false, true, false}
                << Config{Charts::OneOnTop, false, false, false} << Config{Charts::None, true, true, false};
    configs << Config{Charts::None, false, true, false} << Config{Charts::None, false, false, false}
            << Config{Charts::None, false, false, true};

    for (int attempt = 0; attempt < configs.size(); ++attempt) {
        const Config &config = configs.at(attempt);
        QList<Column> columns{{leftRoom, blocks(leftRoom.width(), config)}};
        QList<SlideDrawing::Chart> placed;
        if (config.charts == Charts::All && charts == 2) {
            placed << SlideDrawing::Chart{QRectF(rightRoom.topLeft(), QSizeF(rightRoom.width(), half)), 0, chartText};
            placed << SlideDrawing::Chart{rightRoom.adjusted(0, half + m_style.gap, 0, 0), 1, chartText};
        } else if (config.charts == Charts::All && charts == 1) {
            placed << SlideDrawing::Chart{rightRoom, 0, chartText};
        } else if (config.charts == Charts::OneOnTop) {
            columns << Column{rightRoom.adjusted(0, smallest + m_style.gap, 0, 0), blocks(rightRoom.width(), config)};
        } else {
            columns << Column{rightRoom, blocks(rightRoom.width(), config)};
        }
        // Blocks kept whole if they can be, split across the columns if they must.
        QList<Column> trial = columns;
        bool split = false;
        if (!flow(trial, false, config.cut, nullptr)) {
            split = true;
            trial = columns;
            if (!flow(trial, true, config.cut, nullptr) && attempt < configs.size() - 1)
                continue;
        }
        if (config.charts == Charts::OneOnTop) {
            // The chart takes what the text under it leaves.
            const qreal used = trial.at(1).room.top() - columns.at(1).room.top();
            const qreal chartHeight = used > 0 ? rightRoom.height() - used : rightRoom.height();
            placed << SlideDrawing::Chart{QRectF(rightRoom.topLeft(), QSizeF(rightRoom.width(), chartHeight)), 0,
                                          chartText};
            columns[1].room.setTop(rightRoom.top() + chartHeight + m_style.gap);
        }
        flow(columns, split, config.cut, &out);
        out.boxes << foot.boxes;
        out.texts << foot.texts;
        out.charts = placed;
        if (placed.size() < charts)
            out.dropped << (placed.isEmpty() ? QStringLiteral("charts") : QStringLiteral("second chart"));
        if (!config.withPrevious && !m_slide.entry.previousDecisions.isEmpty())
            out.dropped << QStringLiteral("previous decisions");
        const bool anyUntested =
            std::any_of(m_slide.entry.cards.cbegin(), m_slide.entry.cards.cend(),
                        [this](const InstrumentCard &c) { return c.latest && !testedSinceMeeting(c.instrument); });
        if (!config.withUntested && anyUntested)
            out.dropped << QStringLiteral("untested scores");
        break;
    }
    return out;
}

} // namespace

SlideDrawing SlideLayout::lay(const QRectF &target, const MeetingSlide &slide, const SlideOptions &options)
{
    return Layouter(target, slide, options).run();
}

} // namespace smr::ui
