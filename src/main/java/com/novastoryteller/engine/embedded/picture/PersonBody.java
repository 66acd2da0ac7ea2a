package com.novastoryteller.engine.embedded.picture;

/**
 * A person from the front: a big round head, a body in the clothes of their trade, arms that hang, hold or cheer,
 * and legs; a baby, a child, a grown-up or someone old, by their kind and their words.
 */
final class PersonBody implements Body {

    @Override
    public Frame frame(Sketch s) {
        Look.Age age = age(s);
        double leg = switch (age) {
            case BABY -> 18;
            case CHILD -> 40;
            case ADULT -> 54;
            case OLD -> 50;
        } + (s.look().tall() ? 14 : 0);
        double torso = switch (age) {
            case BABY -> 28;
            case CHILD -> 36;
            default -> 46;
        } + (s.look().tall() ? 4 : 0);
        double headR = age == Look.Age.BABY || age == Look.Age.CHILD ? 30 : 27;
        double shoulder = (age == Look.Age.BABY ? 17 : age == Look.Age.CHILD ? 19 : 23) * (s.look().round() ? 1.3 : 1);
        double hip = -leg;
        double shoulderY = hip - torso;
        double headY = shoulderY - headR + 5;
        return new Frame(0, headY, headR, headY + 2, headR * 0.36, headR * 0.15, shoulderY + 3, shoulder * 0.55,
                (shoulderY + hip) / 2, shoulder, torso / 2, -shoulder - 8, hip + 4);
    }

    static Look.Age age(Sketch s) {
        if (s.look().age() != null) {
            return s.look().age();
        }
        return switch (s.kind().part("age", "adult")) {
            case "baby" -> Look.Age.BABY;
            case "child" -> Look.Age.CHILD;
            case "old" -> Look.Age.OLD;
            default -> Look.Age.ADULT;
        };
    }

    static char gender(Sketch s) {
        if (s.look().gender() != null) {
            return s.look().gender();
        }
        String said = s.kind().part("gender", "");
        return said.isEmpty() ? (s.pick(17, 2) == 0 ? 'f' : 'm') : said.charAt(0);
    }

    @Override
    public void paint(Sketch s, Frame f) {
        Pen pen = s.pen();
        Paints c = s.colours();
        Look.Age age = age(s);
        char gender = gender(s);
        String wear = s.kind().part("wear", "tee");
        String style = s.kind().has("hat", "ninja_hood") ? "bald" : s.has("bun") ? "bun" : Hair.style(s, age, gender);
        if (wear.equals("tee") && gender == 'f' && s.pick(23, 3) == 0 && !s.kind().name().equals("boy")) {
            wear = "dress";
        }
        double hip = f.bodyY() + f.bodyH();
        double shoulderY = f.bodyY() - f.bodyH();
        Hair.back(pen, style, f, c.hair());
        Outfits.legs(s, f, wear, hip);
        Outfits.body(s, f, wear, shoulderY, hip);
        arms(s, f, wear, shoulderY);
        ears(s, f);
        pen.circle(f.headX(), f.headY(), f.headR(), c.skin());
        Hair.front(pen, style, f, c.hair());
        String hat = s.kind().part("hat", "");
        if (hat.equals("ninja_hood")) {
            Headwear.hat(pen, f, hat, s.look().colour("hat"));
            pen.rect(-f.headR() * 0.8, f.eyeY() - f.eyeR() * 2.4, f.headR() * 1.6, f.eyeR() * 4.6, 6, c.skin());
        }
        face(s, f, age);
        Outfits.details(s, f, wear, shoulderY, hip);
        if (!hat.equals("ninja_hood")) {
            Headwear.draw(s, f, hat);
        }
        Props.draw(s, f, s.kind().part("prop", ""));
    }

    private void arms(Sketch s, Frame f, String wear, double shoulderY) {
        Pen pen = s.pen();
        String sleeve = Outfits.sleeve(s, wear);
        double width = f.headR() * 0.4;
        double sx = f.bodyW() - 3;
        double sy = shoulderY + 6;
        double[] right = s.holding() ? new double[] { s.handX(), s.handY() }
                : s.armsUp() ? new double[] { sx + 20, sy - 42 } : new double[] { sx + 7, f.handY() };
        double[] left = s.armsUp() ? new double[] { -sx - 20, sy - 42 } : new double[] { f.handX() + 1, f.handY() };
        pen.limb(sx, sy, sx + 9, (sy + right[1]) / 2 + 4, right[0], right[1], width, sleeve);
        pen.limb(-sx, sy, -sx - 9, (sy + left[1]) / 2 + 4, left[0], left[1], width, sleeve);
        String hand = s.kind().has("wear", "spacesuit") || s.kind().has("wear", "armour") ? "#c9d1d9"
                : s.kind().has("wear", "super_suit") ? Palette.darker(s.colours().clothes(), 0.3) : s.colours().skin();
        pen.circle(right[0], right[1], width * 0.62, hand);
        pen.circle(left[0], left[1], width * 0.62, hand);
    }

    private void ears(Sketch s, Frame f) {
        Pen pen = s.pen();
        double r = f.headR();
        if (s.has("pointy ears")) {
            for (int side = -1; side <= 1; side += 2) {
                pen.shape(PathData.at(side * r * 0.85, f.headY() - r * 0.1).to(side * r * 1.55, f.headY() - r * 0.55)
                        .to(side * r * 0.9, f.headY() + r * 0.3).close(), s.colours().skin());
            }
            return;
        }
        pen.circle(-r * 0.98, f.headY() + r * 0.08, r * 0.2, s.colours().skin());
        pen.circle(r * 0.98, f.headY() + r * 0.08, r * 0.2, s.colours().skin());
    }

    private void face(Sketch s, Frame f, Look.Age age) {
        Pen pen = s.pen();
        double r = f.headR();
        double y = f.headY();
        String beardColour = s.look().colour("beard") != null ? s.look().colour("beard") : s.colours().hair();
        boolean beard = s.look().hair().contains("beard") || s.has("beard");
        if (beard) {
            Hair.beard(pen, f, beardColour, s.kind().name().equals("wizard") || s.kind().name().equals("gnome"));
        }
        if (s.look().hair().contains("freckles")) {
            for (int n = 0; n < 3; n++) {
                pen.dot(-r * (0.35 + n * 0.12), y + r * (0.32 - (n % 2) * 0.08), 1.2, "#b86b4b");
                pen.dot(r * (0.35 + n * 0.12), y + r * (0.32 - (n % 2) * 0.08), 1.2, "#b86b4b");
            }
        }
        boolean hooded = s.kind().has("hat", "ninja_hood");
        Face.front(pen, s.mood(), f.headX(), f.eyeY(), f.eyeGap(), f.eyeR() * (age == Look.Age.BABY ? 1.15 : 1),
                y + r * 0.5, r * 0.42, !hooded);
        if (!hooded) {
            nose(s, f);
        }
        if (age == Look.Age.OLD) {
            pen.stroke(PathData.at(-r * 0.62, y - r * 0.05).curve(-r * 0.7, y + r * 0.05, -r * 0.62, y + r * 0.12),
                    Palette.darker(s.colours().skin(), 0.25), 1.5);
            pen.stroke(PathData.at(r * 0.62, y - r * 0.05).curve(r * 0.7, y + r * 0.05, r * 0.62, y + r * 0.12),
                    Palette.darker(s.colours().skin(), 0.25), 1.5);
        }
        if (s.look().hair().contains("moustache") || s.kind().name().equals("wizard")) {
            Hair.moustache(pen, f, beardColour);
        }
    }

    private void nose(Sketch s, Frame f) {
        Pen pen = s.pen();
        double r = f.headR();
        double y = f.headY() + r * 0.3;
        if (s.has("red nose")) {
            pen.circle(0, y, r * 0.2, "#e63946");
        }
        else if (s.has("big nose")) {
            pen.ellipse(0, y, r * 0.22, r * 0.18, Palette.darker(s.colours().skin(), 0.12));
        }
        else {
            pen.oval(0, y, r * 0.09, r * 0.06, Palette.darker(s.colours().skin(), 0.25));
        }
    }
}
