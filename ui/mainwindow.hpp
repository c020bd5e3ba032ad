// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QAction;
class QCustomPlot;
class QCPPainter;
class QMenu;
class QPrinter;
class QTabWidget;
class QTimer;

#include <vector>

namespace activa::ui {

class Picture;
class View;

// Assembles the views, menus, toolbar and status bar; keeps the last session in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The view of a type.
    template <typename T> T* view() const {
        for (View* v : m_views)
            if (auto* t = dynamic_cast<T*>(v)) return t;
        return nullptr;
    }
    View* currentView() const;
    // The picture of the visible tab: every tab is one.
    Picture* currentPicture() const;

    // Exports the current picture without asking; returns false and shows why on failure.
    bool exportImageTo(const QString& file_name, QSize size, double scale, bool show_errors);
    bool exportDataTo(const QString& file_name, bool show_errors);
    // Prints the current picture, scaled to the page; false when the printer cannot start.
    bool printTo(QPrinter* printer);
    // The right-click menu of every picture: the current view's entries, copy, export, print.
    QMenu* pictureMenu(QWidget* parent);

    // "" follows the system; otherwise a language code such as "es".
    static bool installLanguage(const QString& code);
    // English writes its own texts and needs only the forms of those that count ("1 hidden
    // layer", "2 hidden layers"): for whatever draws in English without installLanguage().
    static void installEnglishPlurals();

public slots:
    void exportImage();
    void exportData();
    void copyImage();
    void print();
    void setLanguage(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    // What one view asks of another, through the window: the wizard's recipe shown in the
    // explorer, and raced in the training view.
    void connectViews();
    void retranslate();
    void showHint();
    void buildMenus();
    void buildFunctionsMenu();
    void buildLanguageMenu(); // mainwindow_settings.cpp
    void buildHelpMenu();
    void saveSettings() const;
    void restoreSettings();
    QString suggestedName(const QString& extension) const;
    // Writes the current picture; on failure says why in *error and in the status bar.
    bool writeImage(const QString& file_name, QSize size, double scale, QString* error);

    QTabWidget* m_tabs = nullptr;
    std::vector<View*> m_views;
    QString m_lastDir;
    QList<QAction*> m_pictureActions;
    // Saves a moment after the last change, so a crash loses at most that moment.
    QTimer* m_saveTimer = nullptr;
};

} // namespace activa::ui
