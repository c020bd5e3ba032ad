// SPDX-License-Identifier: MIT
// File → Export image as a user goes through it: the dialog, a real click on Export, and the
// questions and warnings it raises.
#include "common/exportdialog.hpp"
#include "files.hpp"
#include "mainwindow.hpp"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace activa::ui;

using activa::ui::test::read_all;
using activa::ui::test::write_all;

namespace {

// Acts on the next modal window of type T, from inside its own event loop, as a user would
// once it shows. Stops watching when it goes out of scope.
template <typename T> class OnNextModal {
public:
    explicit OnNextModal(std::function<void(T*)> act)
        : m_timer(std::make_unique<QTimer>()) {
        m_timer->setInterval(10);
        QObject::connect(m_timer.get(), &QTimer::timeout, [this, act = std::move(act)] {
            auto* window = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!window || !window->isVisible()) return;
            m_timer->stop();
            m_seen = true;
            act(window);
        });
        m_timer->start();
    }
    bool seen() const { return m_seen; }

private:
    std::unique_ptr<QTimer> m_timer;
    bool m_seen = false;
};

// Closes any message box left open for a second, so that a test of a broken dialog fails
// instead of waiting for a user forever.
class DismissLingering {
public:
    DismissLingering() {
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box != m_box) {
                m_box = box;
                m_ticks = 0;
                return;
            }
            if (++m_ticks >= 10) box->reject();
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
    QMessageBox* m_box = nullptr;
    int m_ticks = 0;
};

QPushButton* export_button(ExportDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

void click(QAbstractButton* button) {
    QTest::mouseClick(button, Qt::LeftButton);
}

// A shown window and a file the user already has where its picture is to go.
struct OverAPreciousFile {
    QTemporaryDir dir;
    QString existing = dir.filePath(QStringLiteral("lecture.png"));
    DismissLingering dismiss;
    MainWindow window;
    OverAPreciousFile() {
        write_all(existing, "precious");
        window.show();
    }
};

} // namespace

TEST(ExportDialog, AnExistingFileIsReplacedOnlyWhenTheUserSaysSo) {
    OverAPreciousFile over;
    ASSERT_FALSE(HasFatalFailure());
    QString question;
    bool open_after_cancel = false;
    OnNextModal<ExportDialog> fill([&](ExportDialog* dialog) {
        dialog->findChild<QLineEdit*>()->setText(over.existing);
        {
            OnNextModal<QMessageBox> cancel([&](QMessageBox* box) {
                question = box->text();
                click(box->button(QMessageBox::Cancel));
            });
            click(export_button(dialog));
            open_after_cancel = dialog->isVisible();
        }
        OnNextModal<QMessageBox> replace([&](QMessageBox* box) {
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole) click(b);
        });
        click(export_button(dialog));
        if (dialog->isVisible()) dialog->reject(); // the test ends either way
    });
    over.window.exportImage();
    EXPECT_TRUE(question.contains(QStringLiteral("lecture.png"))) << question.toStdString();
    EXPECT_TRUE(open_after_cancel);
    // Replaced once the user agreed: a picture now.
    EXPECT_FALSE(QImage(over.existing).isNull());
}

TEST(ExportDialog, CancellingTheQuestionLeavesTheFileAsItWas) {
    OverAPreciousFile over;
    ASSERT_FALSE(HasFatalFailure());
    OnNextModal<ExportDialog> fill([&](ExportDialog* dialog) {
        dialog->findChild<QLineEdit*>()->setText(over.existing);
        OnNextModal<QMessageBox> cancel(
            [&](QMessageBox* box) { click(box->button(QMessageBox::Cancel)); });
        click(export_button(dialog));
        if (dialog->isVisible()) dialog->reject();
    });
    over.window.exportImage();
    EXPECT_EQ(read_all(over.existing), QByteArray("precious"));
}

// A failed export keeps the dialog and what was typed in it, and the next export does not
// suggest the folder that was not there.
TEST(ExportDialog, StaysOpenAfterAnErrorAndTheNextSuggestionIsAFolderThatExists) {
    const QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/curves.png"));
    const DismissLingering dismiss;
    MainWindow w;
    w.show();
    QString warning;
    bool still_open = false;
    QString typed_after;
    OnNextModal<ExportDialog> fill([&](ExportDialog* dialog) {
        dialog->findChild<QLineEdit*>()->setText(missing);
        {
            OnNextModal<QMessageBox> read([&](QMessageBox* box) {
                warning = box->text();
                box->accept();
            });
            click(export_button(dialog));
        }
        still_open = dialog->isVisible();
        typed_after = dialog->fileName();
        if (dialog->isVisible()) dialog->reject();
    });
    w.exportImage();
    EXPECT_TRUE(warning.contains(QStringLiteral("does not exist"))) << warning.toStdString();
    EXPECT_TRUE(still_open);
    EXPECT_EQ(typed_after, missing);
    EXPECT_FALSE(QFile::exists(missing));

    QString suggested;
    OnNextModal<ExportDialog> look([&](ExportDialog* dialog) {
        suggested = dialog->fileName();
        dialog->reject();
    });
    w.exportImage();
    EXPECT_FALSE(suggested.isEmpty());
    EXPECT_FALSE(suggested.contains(QStringLiteral("no-such-folder"))) << suggested.toStdString();
    EXPECT_TRUE(QFileInfo(suggested).absoluteDir().exists()) << suggested.toStdString();
}
