// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

class QCPPainter;

namespace activa {
class TextWriter;
}

namespace activa::ui {

// What every exportable view offers. The window's export, copy and the command line's
// `activa export` all go through it, so what is exported is what is shown.
class Picture {
public:
    virtual ~Picture() = default;
    // Paints the picture at `size` logical pixels from the painter's origin; `vector` is set for
    // PDF and SVG, whose generators do not clip. A view shown in a window draws itself again
    // afterwards.
    virtual void paintPicture(QCPPainter* painter, QSize size, bool vector) = 0;
    // The size the picture has on screen: what an export offers first.
    virtual QSize pictureSize() const = 0;
    // The numbers behind the picture as CSV (core/include/activa/csv.hpp's dialect).
    virtual void writeData(TextWriter& out) const = 0;
    // A file name without folder or extension: "activations", "softmax", ...
    virtual QString fileStem() const = 0;
};

} // namespace activa::ui
