// Placeholder, replaced by the dashboard window.
#pragma once
#include <QMainWindow>
namespace bedrot {
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString& workspace, bool demo, QWidget* parent = nullptr);
};
} // namespace bedrot
