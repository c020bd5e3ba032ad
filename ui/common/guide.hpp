// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace activa::ui {

// The built-in guide: what each view shows and how to read it, the mouse and keyboard
// gestures, and the command line. A window of its own that stays open beside the main one.
class Guide : public QDialog {
    Q_OBJECT
public:
    // The guide's sections, by the anchor each starts at.
    static inline const QString kCurves = QStringLiteral("curves");
    static inline const QString kSoftmax = QStringLiteral("softmax");
    static inline const QString kWizard = QStringLiteral("wizard");
    static inline const QString kGradientFlow = QStringLiteral("gradflow");
    static inline const QString kTraining = QStringLiteral("training");
    static inline const QString kFunctions = QStringLiteral("functions");
    static inline const QString kGestures = QStringLiteral("gestures");
    static inline const QString kCommandLine = QStringLiteral("commandline");

    explicit Guide(QWidget* parent = nullptr);

    // Shows the guide, raised, scrolled to a section.
    void showSection(const QString& anchor);
    // The whole text, as HTML, in the current language.
    static QString html();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // The sections' texts.
    static QString views();
    static QString labs();
    static QString functions();
    static QString gestures();
    static QString commandLine();

    QTextBrowser* m_browser;
    QString m_section;
};

} // namespace activa::ui
