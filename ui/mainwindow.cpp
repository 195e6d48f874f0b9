#include "mainwindow.h"
namespace bedrot {
MainWindow::MainWindow(const QString&, bool, QWidget* parent) : QMainWindow(parent) {}
} // namespace bedrot
