#pragma once

// The operations of issue #10, each measured on the application's own path and on its floor.
// What each one does, and why its floor is that, is written above its function in Operations.cpp
// and in docs/PERFORMANCE.md.

#include "scale/Measures.h"
#include "scale/RawSqlite.h"
#include "scale/ScaleData.h"
#include "ui/common/Prompter.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace smr::ui {
class MainWindow;
}

namespace smr::scale {

// The demonstration's load, measured once when this run made the database.
Row demoRow(double seconds, int patients);

class Operations
{
public:
    Operations(ScaleData &data, const ScaleOptions &options);
    ~Operations();

    QList<Row> search(const QStringList &prefixes);
    Row openDossier();
    Row chart();
    Row saveBerg();
    Row dischargeLetter();
    Row coldStart();
    Row memory();

private:
    // One start of the probe: the milliseconds from launch to its first line, and its lines.
    struct Start {
        double ms = 0;
        QList<QJsonObject> lines;
    };
    Start start(const QStringList &arguments, int lines);

    ScaleData &m_data;
    const ScaleOptions &m_options;
    RawSqlite m_raw;
    QTemporaryDir m_settingsDir;
    QSettings m_settings;
    ui::Prompter m_prompter;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace smr::scale
