// The Views menu over SavedViews: rebuilt whenever the list changes, checks refreshed on opening.
#include "viewsmenu.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace bedrot {

ViewsMenu::ViewsMenu(CurrentView current, ApplyView apply, QWidget* parent)
    : QMenu(tr("V&iews"), parent), m_current(std::move(current)), m_apply(std::move(apply)),
      m_dialogParent(parent)
{
    setObjectName(QStringLiteral("menu-views"));
    // Owned by the parent: clear() deletes the actions the menu owns.
    m_saveAction = new QAction(tr("&Save Current View\u2026"), parent);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_saveAction->setToolTip(
        tr("Keep the date range and filters under a name, to come back to them (Ctrl+Shift+V)"));
    connect(m_saveAction, &QAction::triggered, this, &ViewsMenu::askToSave);
    m_deleteMenu = new QMenu(tr("&Delete View"), this);
    connect(this, &QMenu::aboutToShow, this, &ViewsMenu::updateChecks);
    rebuild();
}

QStringList ViewsMenu::names() const
{
    return SavedViews().names();
}

bool ViewsMenu::save(const QString& name)
{
    if (!SavedViews().save(name, m_current()))
        return false;
    rebuild();
    Q_EMIT message(tr("Saved the view \u201c%1\u201d.").arg(name.trimmed()));
    return true;
}

bool ViewsMenu::apply(const QString& name)
{
    const std::optional<ViewState> view = SavedViews().view(name);
    if (!view)
        return false;
    m_apply(*view);
    Q_EMIT message(tr("Showing the view \u201c%1\u201d.").arg(name));
    return true;
}

bool ViewsMenu::remove(const QString& name)
{
    if (!SavedViews().remove(name))
        return false;
    rebuild();
    return true;
}

void ViewsMenu::askToSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Save View"),
                                               tr("Name for the date range and filters shown now:"),
                                               QLineEdit::Normal, SavedViews().nameOf(m_current()), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (SavedViews().contains(name) &&
        QMessageBox::question(m_dialogParent, tr("Replace View"),
                              tr("There is already a view called \u201c%1\u201d. Replace it?").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    save(name);
}

void ViewsMenu::rebuild()
{
    clear(); // also deletes the view actions it owns
    m_deleteMenu->clear();
    addAction(m_saveAction);
    addMenu(m_deleteMenu);
    addSeparator();
    const QStringList all = names();
    m_deleteMenu->setEnabled(!all.isEmpty());
    if (all.isEmpty()) {
        QAction* none = addAction(tr("No saved views yet"));
        none->setEnabled(false);
    }
    for (const QString& name : all) {
        QString text = name;
        text.replace(u'&', QStringLiteral("&&")); // a name is no mnemonic
        QAction* view = addAction(text);
        view->setCheckable(true);
        view->setData(name);
        connect(view, &QAction::triggered, this, [this, name] { apply(name); });
        QAction* drop = m_deleteMenu->addAction(text);
        connect(drop, &QAction::triggered, this, [this, name] {
            if (QMessageBox::question(
                    m_dialogParent, tr("Delete View"), tr("Delete the view \u201c%1\u201d?").arg(name),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
                remove(name);
        });
    }
    updateChecks();
}

void ViewsMenu::updateChecks()
{
    const ViewState now = m_current();
    const SavedViews views;
    for (QAction* action : actions())
        if (action->isCheckable())
            action->setChecked(views.view(action->data().toString()) == now);
}

} // namespace bedrot
