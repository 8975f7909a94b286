package io.tickmark.facts;

/**
 * Where a printed value stands on its PDF page: a rectangle in PDF points measured from the top-left corner
 * of the page ({@code x0} left, {@code x1} right, {@code top} and {@code bottom} downwards). A page rendered at
 * {@code dpi} shows it at these coordinates times {@code dpi / 72}.
 */
public record Box(float x0, float top, float x1, float bottom) {
    public Box {
        if (!(x1 >= x0) || !(bottom >= top)) {
            throw new IllegalArgumentException("box [%s, %s, %s, %s] is inverted or not a number".formatted(x0, top, x1, bottom));
        }
    }

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return bottom - top;
    }
}
