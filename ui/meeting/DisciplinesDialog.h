#pragma once

#include "core/meetings/Meeting.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace smr {
class MeetingService;
}

namespace smr::ui {

// The site's meeting disciplines: renamed, reordered, deactivated, or added. Saved through
// MeetingService::saveDisciplines; a refusal stays in the dialog with its message.
class DisciplinesDialog : public QDialog
{
    Q_OBJECT

public:
    DisciplinesDialog(MeetingService &meetings, const QList<MeetingDiscipline> &disciplines, QWidget *parent = nullptr);

    QList<MeetingDiscipline> disciplines() const;
    void accept() override;

private:
    void addRow(const MeetingDiscipline &discipline);
    void move(int by);

    MeetingService &m_meetings;
    QLabel *m_banner;
    QTableWidget *m_table;
};

} // namespace smr::ui
