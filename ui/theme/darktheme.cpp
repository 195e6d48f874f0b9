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
    app.setStyleSheet(QStringLiteral(
        "QToolTip { color: %1; background: %2; border: 1px solid %3; padding: 4px; }"
        "QToolBar { background: %4; border: none; border-bottom: 1px solid %3; spacing: 6px; padding: 4px; }"
        "QStatusBar { background: %4; color: %5; border-top: 1px solid %3; }"
        "QFrame#KpiCard { background: %2; border: 1px solid %3; border-radius: 8px; }"
        "QFrame#KpiCard:focus { border: 1px solid %6; }"
        "QLabel#KpiTitle { color: %5; font-size: 9pt; }"
        "QLabel#KpiValue { color: %1; font-size: 17pt; font-weight: 600; }"
        "QLabel#KpiDelta { font-size: 9pt; }"
        "QComboBox, QDateEdit, QLineEdit { background: %2; border: 1px solid %3; border-radius: 4px; padding: 3px 6px; }"
        "QMenu { background: %2; border: 1px solid %3; }"
        "QMenu::item:selected { background: %6; color: black; }")
                          .arg(QLatin1String(theme::kText), QLatin1String(theme::kSurface), QLatin1String(theme::kBorder),
                               QLatin1String(theme::kWindow), QLatin1String(theme::kTextMuted), QLatin1String(theme::kAccent)));
}

} // namespace bedrot
