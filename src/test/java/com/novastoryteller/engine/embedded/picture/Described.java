package com.novastoryteller.engine.embedded.picture;

import java.util.List;

/** Characters as families describe them, for the portrait sheets and tests. */
final class Described {

    static final List<String> PORTRAITS = List.of(
            "a round, grey otter with spectacles; red cape",
            "a tall astronaut with curly black hair",
            "a tiny green dragon with a wizard hat and a wand",
            "an old man with a white beard and a blue jumper",
            "a little girl with long red hair in braids and a yellow dress",
            "a brave knight with a purple cape",
            "a ginger cat with a blue bow tie",
            "a friendly robot with headphones",
            "a pirate girl with an eye patch and a green scarf",
            "a chubby panda wearing a crown",
            "my grandma, she has grey hair in a bun and round glasses",
            "a big brown bear with a red scarf and a backpack",
            "a baby unicorn with a flower",
            "a boy with dark skin, short curly hair and a blue hoodie",
            "a pink pig in yellow wellies",
            "a wise old owl with glasses",
            "a stoat with a green hat",
            "a fairy with pink wings and a wand",
            "a witch with a purple hat and a broom",
            "a yellow duck with a blue necklace",
            "a puma with a necklace",
            "a plumber in blue overalls",
            "a chef with a red scarf",
            "a scientist with goggles and curly white hair",
            "a golden retriever puppy with a red collar");

    private Described() {
    }
}
