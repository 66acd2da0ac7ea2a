package com.novastoryteller.engine.embedded.picture;

/** What a figure holds in its free hand: a trade's tool (a chef's spoon, a detective's magnifying glass) or a wand. */
final class Props {

    private Props() {
    }

    static void draw(Sketch s, Frame f, String prop) {
        if (prop.isEmpty()) {
            return;
        }
        Pen pen = s.pen();
        double x = f.handX();
        double y = f.handY();
        switch (prop) {
            case "wand" -> {
                pen.line(x, y + 4, x - 4, y - 34, "#5a3a22", 4);
                Outfits.star(pen, x - 4, y - 38, 9);
            }
            case "sword", "cutlass" -> {
                pen.shape(PathData.at(x - 3, y - 6).to(x - 4, y - 52).to(x, y - 60).to(x + 4, y - 52).to(x + 3, y - 6).close(),
                        "#dfe6ec");
                pen.rect(x - 11, y - 9, 22, 5, 2, "#c8a040");
            }
            case "sceptre", "staff" -> {
                boolean staff = prop.equals("staff");
                pen.line(x, y + (staff ? 46 : 10), x, y - (staff ? 62 : 34), staff ? "#8a5a35" : "#e9b949", 5);
                pen.circle(x, y - (staff ? 66 : 38), staff ? 8 : 6, staff ? "#7ad0f0" : "#e63946");
            }
            case "broom" -> {
                pen.line(x + 14, y - 40, x - 6, y + 40, "#8a5a35", 5);
                pen.shape(PathData.at(x - 10, y + 34).to(x - 22, y + 62).to(x + 6, y + 64).to(x - 1, y + 38).close(), "#d8a848");
            }
            default -> heldThingOfATrade(s, f, prop);
        }
    }

    /** Things a trade holds: a clipboard or a book, a hose, a spoon, bread, a pitchfork, a flask, and the rest after them. */
    private static void heldThingOfATrade(Sketch s, Frame f, String prop) {
        Pen pen = s.pen();
        double x = f.handX();
        double y = f.handY();
        String colour = s.look().colour(prop);
        switch (prop) {
            case "clipboard", "book" -> {
                String fill = or(colour, prop.equals("book") ? "#457b9d" : "#a0784a");
                pen.rect(x - 14, y - 26, 24, 30, 3, fill);
                pen.rect(x - 10, y - 22, 16, 22, 1, "#fbfbfb");
            }
            case "hose" -> {
                pen.stroke(PathData.at(x, y).curve(x - 16, y + 30, x - 4, y + 60), "#f2c230", 7);
                pen.rect(x - 4, y - 20, 8, 18, 2, "#8a96a3");
            }
            case "spoon" -> {
                pen.line(x, y + 6, x, y - 30, "#a0784a", 4);
                pen.ellipse(x, y - 36, 7, 9, "#c8a46e");
            }
            case "bread" -> pen.ellipse(x, y - 10, 16, 9, -20, "#d89a4a");
            case "pitchfork" -> {
                pen.line(x, y + 50, x, y - 44, "#8a5a35", 4);
                pen.stroke(PathData.at(x - 10, y - 60).to(x - 10, y - 44).to(x + 10, y - 44).to(x + 10, y - 60)
                        .move(x, y - 44).to(x, y - 62), "#8a96a3", 3);
            }
            case "flask" -> {
                pen.shape(PathData.at(x - 4, y - 30).to(x + 4, y - 30).to(x + 4, y - 20).to(x + 13, y).to(x - 13, y)
                        .to(x - 4, y - 20).close(), "#dff6ff");
                pen.fill(PathData.at(x - 9, y - 7).to(x + 9, y - 7).to(x + 12, y - 1).to(x - 12, y - 1).close(), "#7ad04a");
                pen.dot(x + 2, y - 36, 3, "#7ad04a");
            }
            default -> heldTool(s, f, prop);
        }
    }

    /** Things to look through, tools, a lasso and an umbrella, and a stick for anything else held. */
    private static void heldTool(Sketch s, Frame f, String prop) {
        Pen pen = s.pen();
        double x = f.handX();
        double y = f.handY();
        String colour = s.look().colour(prop);
        switch (prop) {
            case "magnifier" -> {
                pen.line(x, y + 4, x - 4, y - 18, "#5a3a22", 5);
                pen.circle(x - 6, y - 30, 12, "#cfefff");
            }
            case "binoculars" -> {
                pen.rect(x - 12, y - 16, 10, 16, 3, "#2b2b33");
                pen.rect(x, y - 16, 10, 16, 3, "#2b2b33");
            }
            case "telescope" -> {
                pen.shape(PathData.at(x - 4, y + 6).to(x - 12, y - 36).to(x - 1, y - 38).to(x + 5, y + 4).close(), "#c8a040");
                pen.ellipse(x - 6.5, y - 37, 6, 3, -10, "#8a5a35");
            }
            case "hammer" -> {
                pen.line(x, y + 8, x, y - 28, "#8a5a35", 5);
                pen.rect(x - 12, y - 38, 24, 10, 2, "#8a96a3");
            }
            case "lasso" -> {
                pen.stroke(PathData.at(x, y).curve(x - 18, y + 16, x - 6, y + 30), "#c8a46e", 3);
                pen.ellipse(x - 8, y - 18, 14, 9, "none");
            }
            case "umbrella" -> {
                pen.line(x, y + 6, x, y - 50, "#5a3a22", 3);
                pen.shape(PathData.at(x - 30, y - 48).curve(x, y - 86, x + 30, y - 48).curve(x + 15, y - 54, x, y - 48)
                        .curve(x - 15, y - 54, x - 30, y - 48).close(), or(colour, "#e63946"));
            }
            default -> {
            }
        }
    }

    private static String or(String colour, String fallback) {
        return colour != null ? colour : fallback;
    }
}
