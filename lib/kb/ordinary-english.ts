/**
 * A sample of ordinary English prose on everyday subjects — none of them news, politics or
 * places — written for Backstory. A knowledge pack's aliases should match next to nothing here;
 * a pack whose aliases would mark a large share of these words would underline ordinary text on
 * every page ("the", "may", "will").
 */
export const ORDINARY_ENGLISH = `
The kettle was already warm when she came down, so she made tea before anything else. It had
rained in the night and the garden smelled of wet earth. There were letters on the mat, most of
them bills, and one postcard from a cousin who was spending the summer by the sea. She read it
twice, put it on the shelf by the clock, and began to think about what to cook for dinner.
There was rice in the cupboard, a few onions, half a bag of lentils and some tomatoes that
needed to be eaten soon. That would do. She chopped the onions slowly, because the knife was
blunt, and let them soften in oil while she looked for the spices.
Her brother rang at noon to ask whether she could help him move on Saturday. He had found a
small flat near the station, with a kitchen that was hardly bigger than a cupboard and a window
that looked over a row of chimneys. He sounded pleased. They agreed that she would bring the
car and that he would buy lunch for everyone who came to carry boxes. After the call she wrote
a list: tape, string, old newspapers for the plates, a blanket for the mirror.
In the afternoon the sun came out and she walked to the library to return two books. One was
a novel about a family who kept bees; the other was a guide to mending clothes, which had taught
her more than she expected. The librarian, a tall man with a cheerful voice, recommended a new
book about walking in the hills, and she took it home along with a collection of short stories.
On the way back she stopped at the bakery for bread and at the market for apples and cheese.
The evening was quiet. She ate by the window, washed the dishes, and sat down with the book
about the hills. It described paths that climbed through woods and over open moor, and small
towns where the inns still served soup to walkers who arrived wet and tired. She decided that
when the weather improved she would try one of the shorter routes, perhaps with a friend from
work who liked to walk. Before bed she watered the plants, checked that the door was locked
and set the alarm a little earlier than usual, because there was a lot to do tomorrow.
Children were playing football in the street below until it grew dark, and somebody's dog
barked at every car that passed. A neighbour was learning the piano and practised the same
short piece again and again, each time a little better. It was, all in all, an ordinary day,
and she liked it very much.
`;
