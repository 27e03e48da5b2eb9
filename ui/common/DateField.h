#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QLineEdit;
class QToolButton;
class QCalendarWidget;

namespace smr::ui {

// A date typed the French way, fast: 12/03/1956, 12.03.1956, 12031956 or 12/03/56, tidied to
// 12/03/1956 when the field is left; a calendar button for those who prefer to click. Unlike
// QDateEdit it can be empty, so an unknown date is never silently replaced by a default one.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // The date, or an invalid QDate when the field is empty or does not hold a date.
    QDate date() const;
    void setDate(const QDate &date);
    bool isEmpty() const;
    // A sentence for a field whose text is not a date (nothing when empty or valid).
    std::optional<QString> problem() const;

    // "Today" for two-digit years and the calendar's starting page.
    void setToday(const QDate &today) { m_today = today; }
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tidy();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QCalendarWidget *m_calendar;
    QDate m_today;
};

} // namespace smr::ui
