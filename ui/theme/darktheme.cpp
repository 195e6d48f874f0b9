// Dark theme set-up.
#include "darktheme.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyleFactory>

namespace bedrot {

void applyDarkTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QColor window(QLatin1String(theme::kWindow));
    const QColor surface(QLatin1String(theme::kSurface));
    const QColor raised(QLatin1String(theme::kSurfaceRaised));
    const QColor text(QLatin1String(theme::kText));
    const QColor muted(QLatin1String(theme::kTextMuted));
    const QColor accent(QLatin1String(theme::kAccent));
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, raised);
    p.setColor(QPalette::ToolTipBase, raised);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, raised);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(Qt::white));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(Qt::black));
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    app.setPalette(p);
    // Custom widget classes are matched by type ("bedrot--KpiCard"): object names belong to tests and
    // accessibility. Tone properties colour captions without hard-coding colours in widgets.
    app.setStyleSheet(
        QStringLiteral(
            "QToolTip { color: %1; background: %2; border: 1px solid %3; padding: 4px; }"
            "QToolBar { background: %4; border: none; border-bottom: 1px solid %3; spacing: 6px; padding: "
            "4px 8px; }"
            "QToolBar QToolButton { padding: 4px 10px; border-radius: 4px; }"
            "QToolBar QToolButton:hover { background: %7; }"
            "QStatusBar { background: %4; color: %5; border-top: 1px solid %3; }"
            "QStatusBar::item { border: none; }"
            "bedrot--KpiCard { background: %2; border: 1px solid %3; border-radius: 8px; }"
            "bedrot--KpiCard:focus { border: 1px solid %6; }"
            "QLabel#KpiTitle { color: %5; font-size: 9pt; }"
            "QLabel#KpiValue { color: %1; font-size: 17pt; font-weight: 600; }"
            "QLabel#KpiDelta { font-size: 9pt; color: %1; }"
            "QLabel#KpiDelta[tone=\"muted\"] { color: %5; }"
            "QLabel#KpiDelta[tone=\"up\"] { color: %8; }"
            "QLabel#KpiDelta[tone=\"down\"] { color: %9; }"
            "bedrot--ChartPanel { background: %4; border: 1px solid %3; border-radius: 8px; }"
            "bedrot--ChartPanel[current=\"true\"] { border: 1px solid %10; }"
            "QLabel#ChartTitle { color: %1; font-size: 11pt; font-weight: 600; }"
            "QLabel#ChartSubtitle { color: %5; font-size: 9pt; }"
            "QLabel#ChartEmpty { color: %5; font-size: 10pt; }"
            "QToolButton#ChartExportButton { color: %1; background: %2; border: 1px solid %3; border-radius: "
            "4px; padding: 3px 10px; }"
            "QToolButton#ChartExportButton:hover { background: %7; }"
            "QToolButton#ChartExportButton::menu-indicator { image: none; width: 0; }"
            "QLabel#import-progress-message[tone=\"problem\"] { color: %9; }"
            "QLabel#import-progress-message[tone=\"good\"] { color: %1; }"
            "QProgressBar { background: %2; border: 1px solid %3; border-radius: 3px; color: %1; text-align: "
            "center; max-height: 14px; font-size: 8pt; }"
            "QProgressBar::chunk { background: %6; border-radius: 2px; }"
            "QSplitter::handle { background: transparent; }"
            "QDockWidget { color: %1; }"
            "QDockWidget::title { background: %2; padding: 4px 8px; border-top: 1px solid %3; }"
            "QTreeWidget { background: %2; alternate-background-color: %7; border: none; }"
            "QHeaderView::section { background: %7; color: %5; border: none; border-right: 1px solid %3; "
            "padding: 3px 6px; }"
            "QComboBox, QDateEdit, QLineEdit { background: %2; border: 1px solid %3; border-radius: 4px; "
            "padding: 3px 6px; }"
            "QMenuBar { background: %4; }"
            "QMenuBar::item:selected { background: %7; }"
            "QMenu { background: %2; border: 1px solid %3; }"
            "QMenu::item:selected { background: %6; color: black; }"
            "QTabWidget::pane { border: none; border-top: 1px solid %3; }"
            "QTabBar { background: %4; }"
            "QTabBar::tab { background: transparent; color: %5; padding: 7px 18px; border: none; "
            "border-bottom: 2px solid transparent; font-size: 10pt; }"
            "QTabBar::tab:hover { color: %1; }"
            "QTabBar::tab:selected { color: %1; border-bottom: 2px solid %6; }"
            "QScrollArea, QScrollArea > QWidget > QWidget { background: %4; }"
            "QScrollBar:vertical { background: %4; width: 10px; margin: 0; }"
            "QScrollBar::handle:vertical { background: %7; border-radius: 4px; min-height: 30px; }"
            "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            "QLabel#KpiGroupTitle { color: %1; font-size: 12pt; font-weight: 600; }"
            "QLabel#KpiGroupSubtitle { color: %5; font-size: 9pt; }"
            "QProgressBar#KpiGoalBar { background: %7; border: none; border-radius: 4px; max-height: 8px; }"
            "QProgressBar#KpiGoalBar::chunk { background: %6; border-radius: 4px; }"
            "QProgressBar#KpiGoalBar[status=\"achieved\"]::chunk { background: %8; }"
            "QProgressBar#KpiGoalBar[status=\"behind\"]::chunk { background: %11; }"
            "QProgressBar#KpiGoalBar[status=\"atRisk\"]::chunk { background: %9; }"
            "QLabel#KpiGoalStatus { font-size: 9pt; font-weight: 600; color: %6; }"
            "QLabel#KpiGoalStatus[status=\"achieved\"] { color: %8; }"
            "QLabel#KpiGoalStatus[status=\"behind\"] { color: %11; }"
            "QLabel#KpiGoalStatus[status=\"atRisk\"] { color: %9; }"
            "QTableView { background: %2; alternate-background-color: %7; border: 1px solid %3; "
            "selection-background-color: %10; selection-color: %1; }"
            "QLabel#alias-result[tone=\"problem\"], QLabel#DialogHint[tone=\"problem\"] { color: %9; }"
            "QLabel#alias-result[tone=\"good\"] { color: %8; }"
            "QLabel#DialogHint { color: %5; font-size: 9pt; }"
            "QPushButton { background: %7; border: 1px solid %3; border-radius: 4px; padding: 4px 14px; }"
            "QPushButton:hover { border-color: %10; }"
            "QPushButton:disabled { color: %5; }")
            .arg(QLatin1String(theme::kText), QLatin1String(theme::kSurface), QLatin1String(theme::kBorder),
                 QLatin1String(theme::kWindow), QLatin1String(theme::kTextMuted),
                 QLatin1String(theme::kAccent), QLatin1String(theme::kSurfaceRaised),
                 QLatin1String(theme::kPositive), QLatin1String(theme::kNegative))
            .arg(QLatin1String(theme::kAccentMuted))
            .arg(QLatin1String(theme::kWarning)));
}

} // namespace bedrot
