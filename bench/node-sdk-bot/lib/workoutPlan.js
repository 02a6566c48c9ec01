'use strict';

// The workout as a list of sets (exercise, set, side), in our bot's order: every set of an exercise, and on a
// per-side exercise the left side then the right side of each set, at the plan's start level (the low end of
// the article's range). Also the sentences that say where a person is and what is left.
const { text, exercises } = require('./content');

const steps = [];
exercises.forEach((exercise, index) => {
    const sides = exercise.dosage.perSide ? ['left', 'right'] : [null];
    for (let set = 1; set <= exercise.dosage.sets; set++) {
        for (const side of sides) {
            steps.push({ index, set, side });
        }
    }
});

function exerciseAt(position) {
    return exercises[steps[position].index];
}

function positionText(position) {
    const { index, set, side } = steps[position];
    const sideText = side === null ? '' : text(side === 'left' ? 'workout.sideLeft' : 'workout.sideRight');
    return text('workout.position', { exercise: index + 1, exerciseCount: exercises.length, sideText, set, sets: exercises[index].dosage.sets });
}

function plural(count, one) {
    return `${count} ${one}${count === 1 ? '' : 's'}`;
}

function dosageOf(dosage, amount) {
    const each = dosage.perSide ? ' each side' : '';
    const hold = dosage.holdSeconds > 0 ? `, hold ${dosage.holdSeconds} s` : '';
    return dosage.unit === 'feet'
        ? `${amount} feet × ${dosage.sets}${each}${hold}`
        : `${amount} reps × ${plural(dosage.sets, 'set')}${each}${hold}`;
}

/** The card's dosage line: the plan's level, and the article's range beside it when they differ. */
function dosageText(exercise) {
    const { dosage } = exercise;
    const level = dosageOf(dosage, dosage.min);
    return dosage.min === dosage.max ? level : `${level} (your plan's level; the article gives ${dosageOf(dosage, `${dosage.min}–${dosage.max}`)})`;
}

function shortDosage(exercise) {
    return dosageOf(exercise.dosage, exercise.dosage.min);
}

/** "N exercises and M sets left in total." counting the sets from position on. */
function leftText(position) {
    const rest = steps.slice(position);
    const exercisesLeft = new Set(rest.map((s) => s.index)).size;
    return text('workout.left', { exercises: plural(exercisesLeft, 'exercise'), sets: plural(rest.length, 'set') });
}

function nextText(position) {
    if (position + 1 >= steps.length) {
        return text('workout.leftNone');
    }

    const next = exerciseAt(position + 1);
    return `${next.name} (${positionText(position + 1)}): ${shortDosage(next)}`;
}

function nowText(position) {
    const exercise = exerciseAt(position);
    return text('workout.now', { name: exercise.name, position: positionText(position), dosage: shortDosage(exercise) });
}

function howManyLeftText(position) {
    const index = steps[position].index;
    const setsHere = steps.slice(position).filter((s) => s.index === index).length;
    const after = exercises.length - index - 1;
    return `${text('workout.leftOne', { setsHere: plural(setsHere, 'set'), exercisesAfter: `${after} more exercise${after === 1 ? '' : 's'}` })} ${leftText(position)}`;
}

function isLastSetOfExercise(position) {
    return position + 1 >= steps.length || steps[position + 1].index !== steps[position].index;
}

module.exports = {
    steps,
    exerciseAt,
    positionText,
    dosageText,
    shortDosage,
    leftText,
    nextText,
    nowText,
    howManyLeftText,
    isLastSetOfExercise,
    sideOf: (position) => steps[position].side,
};
