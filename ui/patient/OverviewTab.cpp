#include "ui/patient/OverviewTab.h"

#include "core/common/Dates.h"
#include "core/patients/Nir.h"
#include "core/stays/StayCalendar.h"
#include "ui/common/Layouts.h"
#include "core/stays/StayText.h"
#include "ui/overview/StaySummary.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString measure(const std::optional<double> &value, const QString &unit)
{
    return value ? QStringLiteral("%1 %2").arg(QLocale().toString(*value, 'g', 4), unit) : QString();
}
} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent)
    , m_summary(new StaySummary)
    , m_stays(new QTreeWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveNotes(new QPushButton(tr("Save notes"), this))
    , m_notesState(new QLabel(this))
{
    auto *stayBox = new QGroupBox(tr("Stay"), this);
    auto *stayForm = new QFormLayout(stayBox);
    addFact(stayForm, QStringLiteral("status"), tr("Status"));
    addFact(stayForm, QStringLiteral("unit"), tr("Unit"));
    addFact(stayForm, QStringLiteral("mode"), tr("Mode"));
    addFact(stayForm, QStringLiteral("programme"), tr("Programme"));
    addFact(stayForm, QStringLiteral("admission"), tr("Admission"));
    addFact(stayForm, QStringLiteral("planned_discharge"), tr("Planned discharge"));
    addFact(stayForm, QStringLiteral("discharge"), tr("Discharge"));
    addFact(stayForm, QStringLiteral("progress"), tr("Progress"));
    addFact(stayForm, QStringLiteral("referrer"), tr("Referred by"));
    addFact(stayForm, QStringLiteral("physician"), tr("Coordinating physician"));

    auto *patientBox = new QGroupBox(tr("Patient"), this);
    auto *patientForm = new QFormLayout(patientBox);
    addFact(patientForm, QStringLiteral("birth_name"), tr("Birth name"));
    addFact(patientForm, QStringLiteral("used_name"), tr("Used name"));
    addFact(patientForm, QStringLiteral("first_names"), tr("First names"));
    addFact(patientForm, QStringLiteral("birth_date"), tr("Birth date"));
    addFact(patientForm, QStringLiteral("sex"), tr("Sex"));
    addFact(patientForm, QStringLiteral("ipp"), tr("IPP"));
    addFact(patientForm, QStringLiteral("nir"), tr("NIR"));
    addFact(patientForm, QStringLiteral("height"), tr("Height"));
    addFact(patientForm, QStringLiteral("weight"), tr("Weight"));
    addFact(patientForm, QStringLiteral("gp"), tr("General practitioner"));

    auto *staysBox = new QGroupBox(tr("Stays"), this);
    auto *staysLayout = new QVBoxLayout(staysBox);
    m_stays->setObjectName(QStringLiteral("staysList"));
    m_stays->setRootIsDecorated(false);
    m_stays->setHeaderLabels({tr("Admission"), tr("Discharge"), tr("Unit"), tr("Programme"), tr("Status")});
    m_stays->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stays->header()->setStretchLastSection(true);
    m_stays->setSelectionMode(QAbstractItemView::NoSelection);
    m_stays->setFocusPolicy(Qt::NoFocus);
    staysLayout->addWidget(m_stays);

    auto *notesBox = new QGroupBox(tr("Notes"), this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes->setObjectName(QStringLiteral("notesEditor"));
    m_notes->setPlaceholderText(tr("Free-text notes on the patient (allergies, carers, transport…)"));
    m_notes->setTabChangesFocus(true);
    m_saveNotes->setObjectName(QStringLiteral("saveNotesButton"));
    m_saveNotes->setEnabled(false);
    m_notesState->setObjectName(QStringLiteral("notesState"));
    m_notesState->setProperty("role", QStringLiteral("warning"));
    auto *notesButtons = new QHBoxLayout;
    notesButtons->addWidget(m_notesState, 1);
    notesButtons->addWidget(m_saveNotes);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addLayout(notesButtons);

    // The whole tab scrolls: the summary comes first, the facts and notes below it.
    m_stays->setMinimumHeight(90);
    m_notes->setMinimumHeight(110);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(stayBox, 1, 0);
    grid->addWidget(patientBox, 1, 1);
    grid->addWidget(staysBox, 2, 0, 1, 2);
    grid->addWidget(notesBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = makePageScroll(content, QStringLiteral("overviewScroll"), this);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_summary, &StaySummary::enterTestRequested, this, &OverviewTab::enterTestRequested);

    connect(m_saveNotes, &QPushButton::clicked, this, &OverviewTab::saveNotesRequested);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const bool modified = notesModified();
        m_saveNotes->setEnabled(modified);
        m_notesState->setText(modified ? tr("Unsaved changes (Ctrl+S saves)") : QString());
        emit notesModifiedChanged(modified);
    });
}

QLabel *OverviewTab::addFact(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("fact_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label + QLatin1Char(':'), value);
    m_facts.insert(key, value);
    return value;
}

void OverviewTab::setFact(const QString &key, const QString &value)
{
    if (QLabel *label = m_facts.value(key))
        label->setText(orDash(value));
}

QString OverviewTab::fact(const QString &key) const
{
    const QLabel *label = m_facts.value(key);
    return label ? label->text() : QString();
}

void OverviewTab::show(const Patient &p, const std::optional<Stay> &stay, const QList<Stay> &stays,
                       const QHash<QString, QString> &unitLabels, const QDate &today)
{
    if (stay) {
        setFact(QStringLiteral("status"), kStayStatuses.label(stay->status));
        setFact(QStringLiteral("unit"), unitLabels.value(stay->unitCode, stay->unitCode));
        setFact(QStringLiteral("mode"), kStayModes.label(stay->mode));
        QString programme = stay->programme ? kProgrammes.label(*stay->programme) : tr("To be decided");
        if (!stay->programmeDetail.isEmpty())
            programme += QStringLiteral(" — ") + stay->programmeDetail;
        setFact(QStringLiteral("programme"), programme);
        setFact(QStringLiteral("admission"), dates::display(stay->admissionDate));
        setFact(QStringLiteral("planned_discharge"), dates::display(stay->plannedDischargeDate));
        setFact(QStringLiteral("discharge"), dates::display(stay->dischargeDate));
        setFact(QStringLiteral("progress"), StayCalendar::progressText(*stay, today));
        setFact(QStringLiteral("referrer"), StayText::referrer(*stay));
        setFact(QStringLiteral("physician"), stay->coordinatingPhysician);
        if (stay->status == StayStatus::Cancelled)
            setFact(QStringLiteral("discharge"), tr("Cancelled: %1").arg(stay->cancellationReason));
    } else {
        for (const QString &key :
             {QStringLiteral("unit"), QStringLiteral("mode"), QStringLiteral("programme"), QStringLiteral("admission"),
              QStringLiteral("planned_discharge"), QStringLiteral("discharge"), QStringLiteral("progress"),
              QStringLiteral("referrer"), QStringLiteral("physician")})
            setFact(key, QString());
        setFact(QStringLiteral("status"), tr("No stay recorded"));
    }

    setFact(QStringLiteral("birth_name"), p.birthName.toUpper());
    setFact(QStringLiteral("used_name"), p.usedName.toUpper());
    setFact(QStringLiteral("first_names"), p.firstNames);
    setFact(QStringLiteral("birth_date"),
            tr("%1 (%n year(s))", nullptr, p.ageOn(today)).arg(dates::display(p.birthDate)));
    setFact(QStringLiteral("sex"), kSexes.label(p.sex));
    setFact(QStringLiteral("ipp"), p.ipp);
    setFact(QStringLiteral("nir"),
            p.nir.isEmpty() ? QString()
                            : tr("%1 — %2").arg(Nir::formatted(p.nir), p.insQualified ? tr("qualified identity")
                                                                                      : tr("identity not qualified")));
    setFact(QStringLiteral("height"), measure(p.heightCm, tr("cm")));
    setFact(QStringLiteral("weight"), measure(p.weightKg, tr("kg")));
    setFact(QStringLiteral("gp"), p.generalPractitioner);

    m_stays->clear();
    for (const Stay &s : stays) {
        auto *item = new QTreeWidgetItem(m_stays);
        item->setText(0, dates::display(s.admissionDate));
        item->setText(1, s.dischargeDate.isValid()
                             ? dates::display(s.dischargeDate)
                             : (s.plannedDischargeDate.isValid()
                                    ? tr("%1 (planned)").arg(dates::display(s.plannedDischargeDate))
                                    : QString()));
        item->setText(
            2, QStringLiteral("%1 · %2").arg(unitLabels.value(s.unitCode, s.unitCode), kStayModes.shortLabel(s.mode)));
        item->setText(3, s.programme ? kProgrammes.shortLabel(*s.programme) : QString());
        item->setText(4, kStayStatuses.label(s.status));
        if (stay && s.id == stay->id) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < m_stays->columnCount(); ++c)
                item->setFont(c, bold);
        }
    }
    setNotes(p.notes);
}

void OverviewTab::showSummary(const std::optional<StayOverview> &overview, bool canRecord)
{
    m_summary->setVisible(overview.has_value());
    if (overview)
        m_summary->show(*overview, canRecord);
    else
        m_summary->clear();
}

QString OverviewTab::notes() const
{
    return m_notes->toPlainText();
}

bool OverviewTab::notesModified() const
{
    return m_notes->toPlainText() != m_savedNotes;
}

void OverviewTab::setNotes(const QString &notes)
{
    m_savedNotes = notes;
    if (m_notes->toPlainText() != notes)
        m_notes->setPlainText(notes);
    m_saveNotes->setEnabled(false);
    m_notesState->clear();
    emit notesModifiedChanged(false);
}

} // namespace smr::ui
