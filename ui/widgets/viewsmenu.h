// The Views menu: save the date range and filters on screen under a name, apply a saved view
// (checked while it is what the screen shows), delete one.
#pragma once

#include "settings/savedviews.h"

#include <QMenu>

#include <functional>

class QAction;

namespace bedrot {

class ViewsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewsMenu)

public:
    using CurrentView = std::function<ViewState()>;
    using ApplyView = std::function<void(const ViewState&)>;

    // `current` reads the view on screen, `apply` shows one; `parent` also parents the questions.
    ViewsMenu(CurrentView current, ApplyView apply, QWidget* parent);

    QAction* saveAction() const { return m_saveAction; }
    // By name; save() replaces without asking.
    QStringList names() const;
    bool save(const QString& name);
    bool apply(const QString& name);
    bool remove(const QString& name);

public Q_SLOTS:
    // Asks for a name (and before replacing one) and saves the current view.
    void askToSave();

Q_SIGNALS:
    // A short note for the status bar ("Saved the view …").
    void message(const QString& text);

private:
    void rebuild();
    void updateChecks();

    CurrentView m_current;
    ApplyView m_apply;
    QWidget* m_dialogParent;
    QAction* m_saveAction = nullptr;
    QMenu* m_deleteMenu = nullptr;
};

} // namespace bedrot
