#include "scale/Operations.h"

#include "core/census/CensusRepository.h"
#include "core/documents/DocumentComposer.h"
#include "core/documents/DocumentService.h"
#include "core/patients/PatientSearch.h"
#include "core/results/ResultService.h"
#include "support/ChartFixtures.h"
#include "ui/census/CensusModel.h"
#include "ui/census/CensusPanel.h"
#include "ui/charts/ChartRenderer.h"
#include "ui/documents/DocumentRenderer.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientPanel.h"

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>

#include <cmath>
#include <stdexcept>

namespace smr::scale {

namespace {

QList<QPointF> wave(int count, const QRectF &area)
{
    QList<QPointF> points;
    points.reserve(count);
    for (int i = 0; i < count; ++i)
        points << QPointF(area.left() + area.width() * i / std::max(1, count - 1),
                          area.center().y() + area.height() / 3 * std::sin(i / 17.0));
    return points;
}

} // namespace

Row demoRow(double seconds, int patients)
{
    Row row;
    row.operation = QStringLiteral("demo_load");
    row.application = QStringLiteral("smrdesk-cli demo --patients %1 --history: patients, stays and results scored "
                                     "by the instruments, in one transaction")
                          .arg(patients);
    row.unit = QStringLiteral("s");
    row.timing.app.ms << seconds;
    row.target = {{}, 180.0, {}, {}, QStringLiteral("under 3 minutes")};
    return row;
}

Operations::Operations(ScaleData &data, const ScaleOptions &options)
    : m_data(data)
    , m_options(options)
    , m_raw(options.database)
    , m_settings(m_settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{
    m_window = std::make_unique<ui::MainWindow>(*data.store, m_prompter, m_settings);
    m_window->resize(1600, 1000);
    m_window->show();
    QCoreApplication::processEvents();
}

Operations::~Operations() = default;

// Search as you type, 3-letter prefixes of the demonstration's names over every patient.
// Application: the list's model given the filter the search field makes (CensusModel::setFilter:
// the first page of 100 patients in name order, each with their open or latest stay, and the
// count up to 1,000, read through the repository into rows, the view told). Painted: the same
// from the keystroke (the search field's text, its timer, the model) to the list painted again.
// Floor: the same two queries, prepared once on a connection of the SQLite library's own, every
// row stepped and every column read.
QList<Row> Operations::search(const QStringList &prefixes)
{
    ui::CensusPanel *panel = m_window->census();
    auto *scope = panel->findChild<QComboBox *>(QStringLiteral("scopeFilter"));
    scope->setCurrentIndex(scope->findData(int(CensusFilter::Scope::AllPatients)));
    QCoreApplication::processEvents();

    // The application's own queries (CensusRepository::page and count over every patient, one
    // prefix): the same columns, the same page of the search terms, the same count. Each has two
    // parameters, the prefix's range.
    QVariantList unused;
    const QString onePrefix = QStringLiteral("X");
    const QByteArray pageSql =
        (QStringLiteral("SELECT ") + CensusRepository::listColumns() + QStringLiteral(" FROM (") +
         PatientSearch::firstInOrder({onePrefix}, std::nullopt, 0, ui::CensusModel::PageSize, unused) +
         QStringLiteral(") m JOIN patients p ON p.id = m.patient_id "
                        "LEFT JOIN stays s ON s.id = (SELECT s2.id FROM stays s2 WHERE s2.patient_id = p.id ORDER BY "
                        "CASE WHEN s2.status IN ('pre_admission', 'active') THEN 0 ELSE 1 END, s2.admission_date DESC, "
                        "s2.id DESC LIMIT 1) ORDER BY p.sort_key, p.id"))
            .toUtf8();
    const QByteArray countSql =
        (QStringLiteral("SELECT COUNT(*) FROM (") + PatientSearch::matching({onePrefix}, unused) +
         QStringLiteral(" LIMIT %1) AS matched").arg(CensusRepository::CountCap + 1))
            .toUtf8();
    RawSqlite::Statement page(m_raw.handle(), pageSql.constData());
    RawSqlite::Statement count(m_raw.handle(), countSql.constData());
    qint64 matched = 0;
    const auto floor = [&](int i) {
        const QString &prefix = prefixes.at(i % prefixes.size());
        page.bind(1, prefix.toUtf8()).bind(2, PatientSearch::upperBoundOf(prefix).toUtf8()).readAll();
        count.bind(1, prefix.toUtf8()).bind(2, PatientSearch::upperBoundOf(prefix).toUtf8()).readAll();
    };
    CensusFilter filter;
    filter.scope = CensusFilter::Scope::AllPatients;
    ui::CensusModel *model = panel->model();
    const auto application = [&](int i) {
        filter.search = prefixes.at(i % prefixes.size());
        model->setFilter(filter);
        matched += model->rowCount();
    };
    Row listed;
    listed.operation = QStringLiteral("search_as_you_type");
    listed.application = QStringLiteral("CensusModel::setFilter: first page of 100 in name order with each "
                                        "patient's stay, and the count up to 1,000");
    listed.floor = QStringLiteral("the same two queries prepared with the SQLite library, rows stepped");
    listed.timing = measure(m_options.runs, 5, application, floor);
    listed.target = {16.0, {}, 1.5, {}, QStringLiteral("p95 <= 16 ms and <= 1.5 x floor")};
    listed.extra = {{QStringLiteral("prefixes"), prefixes.size()},
                    {QStringLiteral("rows_shown_per_search"), double(matched) / listed.timing.app.ms.size()}};

    QLineEdit *field = panel->searchField();
    const auto typed = [&](int i) {
        const QString prefix = prefixes.at(i % prefixes.size());
        field->setText(prefix.toLower());
        for (int guard = 0; guard < 10 && model->filter().search != field->text(); ++guard)
            QCoreApplication::processEvents();
        panel->view()->viewport()->repaint();
    };
    Row painted;
    painted.operation = QStringLiteral("search_as_you_type_painted");
    painted.application = QStringLiteral("the search field's text set, the list filtered and painted again");
    painted.floor = listed.floor;
    painted.timing = measure(m_options.runs, 5, typed, floor);
    painted.target = {16.0, {}, {}, {}, QStringLiteral("p95 <= 16 ms (one frame)")};
    field->clear();
    QCoreApplication::processEvents();
    return {listed, painted};
}

// The dossier of a patient with 20 stays and 1,000 results, opened as a click in the list does
// (PatientPanel::showPatient: header, overview with its cards and alerts, the tests list, the
// assessment, the care plan, the charts and the documents, every tab built). Floor: the patient's row, their stays and
// every result of their stays read with the SQLite library.
Row Operations::openDossier()
{
    m_window->openPatient(m_data.dossier);
    QCoreApplication::processEvents();
    ui::PatientPanel *panel = m_window->patientPanel();
    // Every tab built, as after a visit to each: opening the dossier then fills them all (a tab
    // not yet built costs nothing until it is shown).
    for (int tab = 0; tab < panel->tabs()->count(); ++tab)
        panel->tabs()->setCurrentIndex(tab);
    panel->tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    RawSqlite::Statement patient(m_raw.handle(), "SELECT * FROM patients WHERE id = ?1");
    RawSqlite::Statement stays(m_raw.handle(), "SELECT * FROM stays WHERE patient_id = ?1 ORDER BY admission_date");
    RawSqlite::Statement results(m_raw.handle(),
                                 "SELECT r.* FROM stays s JOIN results r ON r.stay_id = s.id WHERE s.patient_id = ?1 "
                                 "AND r.status = 'final' AND r.superseded = 0 ORDER BY r.stay_id, r.performed_at");
    int resultRows = 0;
    Row row;
    row.operation = QStringLiteral("open_dossier_20_stays_1000_results");
    row.application = QStringLiteral(
        "PatientPanel::showPatient: header, overview, tests list, assessment, care plan, charts, documents");
    row.floor = QStringLiteral("the patient, their stays and all their results read with the SQLite library");
    row.timing = measure(
        std::max(20, m_options.runs / 4), 3,
        [&](int) {
            if (!panel->showPatient(m_data.dossier))
                throw std::runtime_error("the dossier could not be opened");
        },
        [&](int) {
            patient.bind(1, m_data.dossier.value).readAll();
            stays.bind(1, m_data.dossier.value).readAll();
            resultRows = results.bind(1, m_data.dossier.value).readAll();
        });
    row.target = {{}, 50.0, {}, {}, QStringLiteral("<= 50 ms")};
    row.extra = {{QStringLiteral("stays"), m_data.dossierStays}, {QStringLiteral("results"), resultRows}};
    return row;
}

// A chart of 1,000 points built and rendered offscreen at 1200 × 800 (ChartRenderer, as the
// export and the letters draw it). Floor: QPainter drawing a polyline of the same 1,000 points,
// antialiased, on the same image.
Row Operations::chart()
{
    const ProgressChart chart = test::charts::manyPoints(1000);
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    const QList<QPointF> points = wave(1000, QRectF(60, 40, 1100, 700));
    Row row;
    row.operation = QStringLiteral("chart_1000_points");
    row.application = QStringLiteral("ChartRenderer::render of a 1,000-point progress chart into a 1200 x 800 image");
    row.floor = QStringLiteral("QPainter::drawPolyline of 1,000 points, antialiased, into the same image");
    row.timing = measure(
        std::max(20, m_options.runs / 4), 3,
        [&](int) {
            image.fill(Qt::white);
            QPainter painter(&image);
            ui::ChartRenderer::render(painter, QRectF(0, 0, 1200, 800), chart, ui::ChartStyle::screen());
        },
        [&](int) {
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(Qt::darkBlue, 2));
            painter.drawPolyline(points.constData(), int(points.size()));
        });
    row.target = {{}, 50.0, {}, {}, QStringLiteral("<= 50 ms")};
    return row;
}

// A Berg Balance Scale validated, scored and durably saved (ResultService::record: the right,
// the answers checked, the scores computed, one transaction with its audit line, committed with
// synchronous=FULL in WAL). Floor: one INSERT of the same row in its own transaction on a
// connection of the SQLite library with the same durability (its rows are deleted afterwards).
Row Operations::saveBerg()
{
    TestResult berg;
    berg.stayId = m_data.bergStay;
    berg.instrument = QStringLiteral("berg");
    berg.status = TestResult::Status::Draft;
    berg.performedAt = QDateTime(kToday, QTime(9, 30));
    berg.enteredBy = QStringLiteral("Kiné Laura Morel");
    const QList<int> items{4, 4, 3, 4, 3, 3, 3, 2, 3, 3, 2, 2, 2, 1};
    QJsonArray answers;
    for (int v : items)
        answers.append(v);
    berg.answers = {{QStringLiteral("items"), answers}};
    const QByteArray answersJson = QJsonDocument(berg.answers).toJson(QJsonDocument::Compact);
    const QByteArray scoresJson = R"({"total":39})";
    RawSqlite::Statement begin(m_raw.handle(), "BEGIN IMMEDIATE");
    RawSqlite::Statement insert(
        m_raw.handle(),
        "INSERT INTO results (stay_id, instrument, instrument_version, status, performed_at, answers, scores, "
        "primary_score, entered_by, revision, series_id, version, created_at, updated_at) VALUES (?1, 'berg', 1, "
        "'final', '2026-11-22T11:00', ?2, ?3, 39, 'Kiné Laura Morel', 1, ?4, 1, '2026-11-22T10:00:00Z', "
        "'2026-11-22T10:00:00Z')");
    RawSqlite::Statement commit(m_raw.handle(), "COMMIT");
    qint64 series = -1;
    Row row;
    row.operation = QStringLiteral("save_berg");
    row.application = QStringLiteral("ResultService::record: validated, scored, audited, committed durably");
    row.floor = QStringLiteral("one INSERT of the row in its own durable transaction with the SQLite library");
    row.timing = measure(
        m_options.runs, 3,
        [&](int) {
            const Result<TestResult> saved = m_data.store->results().record(berg);
            if (!saved)
                throw std::runtime_error("Berg: " + saved.failure().text().toStdString());
        },
        [&](int) {
            begin.run();
            insert.bind(1, m_data.bergStay.value).bind(2, answersJson).bind(3, scoresJson).bind(4, series--).run();
            commit.run();
        });
    m_raw.exec("DELETE FROM results WHERE series_id < 0");
    row.target = {{}, 5.0, {}, {}, QStringLiteral("<= 5 ms")};
    return row;
}

// The discharge letter of the dossier's stay in progress, written from the record and rendered to
// PDF with its three charts (DocumentComposer, DocumentRenderer::pdf: A4 at 300 dpi). Floor: a
// QPdfWriter page at 300 dpi with the letter's text drawn in one rectangle and three polylines of
// the charts' points.
Row Operations::dischargeLetter()
{
    const DocumentSubject subject = DocumentSubject::ofStay(DocumentKind::DischargeLetter, m_data.dossierStay);
    const Result<DocumentContent> sample = DocumentComposer::compose(*m_data.store, subject);
    if (!sample)
        throw std::runtime_error("letter: " + sample.failure().text().toStdString());
    QTextDocument html;
    html.setHtml(sample->html);
    const QString text = html.toPlainText();
    int pages = 0;
    Row row;
    row.operation = QStringLiteral("discharge_letter_pdf");
    row.application = QStringLiteral("DocumentComposer::compose then DocumentRenderer::pdf (A4, 300 dpi, charts)");
    row.floor = QStringLiteral("QPdfWriter: the letter's text drawn in one rectangle and three polylines");
    row.timing = measure(
        20, 2,
        [&](int) {
            Result<DocumentContent> composed = DocumentComposer::compose(*m_data.store, subject);
            if (!composed)
                throw std::runtime_error("letter: " + composed.failure().text().toStdString());
            DocumentContent content = *composed;
            content.letterhead = *m_data.store->documents().letterhead();
            content.signature = *m_data.store->documents().signature(kUser);
            pages = ui::DocumentRenderer(content).pdf().pages;
        },
        [&](int) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            QPainter painter(&writer);
            const QRectF page(0, 0, writer.width(), writer.height());
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
            painter.drawText(page.adjusted(0, 0, 0, -page.height() / 2), Qt::TextWordWrap, text);
            for (int c = 0; c < 3; ++c) {
                const QList<QPointF> points =
                    wave(50, QRectF(0, page.height() / 2 + c * page.height() / 6, page.width(), page.height() / 7));
                painter.drawPolyline(points.constData(), int(points.size()));
            }
        });
    row.target = {{}, 500.0, {}, {}, QStringLiteral("<= 500 ms")};
    row.extra = {{QStringLiteral("pages"), pages}, {QStringLiteral("charts"), sample->charts.size()}};
    return row;
}

Operations::Start Operations::start(const QStringList &arguments, int lines)
{
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMRDESK_TODAY"), kToday.toString(Qt::ISODate));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_settingsDir.path());
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Start out;
    QElapsedTimer timer;
    timer.start();
    probe.start(m_options.probe, arguments);
    while (out.lines.size() < lines) {
        if (!probe.canReadLine() && !probe.waitForReadyRead(120'000))
            throw std::runtime_error("smrdesk_start_probe printed nothing: " +
                                     arguments.join(QLatin1Char(' ')).toStdString());
        while (probe.canReadLine()) {
            if (out.lines.isEmpty())
                out.ms = double(timer.nsecsElapsed()) / 1e6;
            out.lines << QJsonDocument::fromJson(probe.readLine()).object();
        }
    }
    probe.waitForFinished(60'000);
    return out;
}

// From launching the program to its main window painted, on the 100,000-patient database:
// smrdesk_start_probe does what smrdesk does (set-up, French, style sheet, Store opened and its
// schema checked, the session, MainWindow shown with the census of the unit). Floor: the same
// program showing an empty Qt Widgets window. A new process each time, the file in the system's
// cache, as when the physician starts SMR Desk a second time in the day.
Row Operations::coldStart()
{
    const QStringList app{QStringLiteral("--database"), m_options.database, QStringLiteral("--user"), kUser};
    Row row;
    row.operation = QStringLiteral("cold_start");
    row.application = QStringLiteral("process launched to the main window painted on the database (sign-in's "
                                     "password check left out)");
    row.floor = QStringLiteral("process launched to an empty Qt Widgets window painted");
    // Timed to the first line (the window painted), not to the end of the process.
    Timing yardstick;
    for (int i = -2; i < 15; ++i) {
        const double a = start(app, 1).ms;
        const double f = start({QStringLiteral("--floor")}, 1).ms;
        const double r = start({QStringLiteral("--reference")}, 1).ms;
        if (i >= 0) {
            row.timing.app.ms << a;
            row.timing.floor.ms << f;
            yardstick.ms << r;
        }
    }
    row.target = {{}, {}, 1.5, {}, QStringLiteral("<= 1.5 x floor")};
    // Not a target: the main window's shape with fixed contents and no database
    // (smrdesk_start_probe --reference), to tell the cost of the shape from the cost of ours.
    row.extra = {{QStringLiteral("reference_window_median_ms"), std::round(yardstick.median() * 10) / 10},
                 {QStringLiteral("reference_window_ratio"),
                  std::round(yardstick.median() / row.timing.floor.median() * 100) / 100}};
    return row;
}

// The resident memory of the program after opening the database, painting the main window and
// opening 100 patients' dossiers one after the other, spread over the whole list.
Row Operations::memory()
{
    Row row;
    row.operation = QStringLiteral("memory_after_100_patients");
    row.application = QStringLiteral("resident memory (VmRSS) after the main window and 100 dossiers opened");
    row.floor = QStringLiteral("resident memory of an empty Qt Widgets window");
    row.unit = QStringLiteral("MB");
    double peak = 0;
    for (int i = 0; i < 3; ++i) {
        const Start browsed = start({QStringLiteral("--database"), m_options.database, QStringLiteral("--user"), kUser,
                                     QStringLiteral("--browse"), QStringLiteral("100")},
                                    2);
        row.timing.app.ms << browsed.lines.at(1).value(QStringLiteral("rss_mb")).toDouble();
        peak = std::max(peak, browsed.lines.at(1).value(QStringLiteral("peak_rss_mb")).toDouble());
        row.extra.insert(QStringLiteral("browsed"), browsed.lines.at(1).value(QStringLiteral("browsed")));
        row.timing.floor.ms
            << start({QStringLiteral("--floor")}, 1).lines.at(0).value(QStringLiteral("rss_mb")).toDouble();
    }
    row.extra.insert(QStringLiteral("peak_rss_mb"), peak);
    row.target = {{}, {}, {}, 200.0, QStringLiteral("<= 200 MB")};
    return row;
}

} // namespace smr::scale
