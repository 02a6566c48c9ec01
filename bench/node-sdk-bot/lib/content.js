'use strict';

// The reviewed content our bot ships with, read once from the repository, so the Node bot's cards carry the
// same questions, exercises and sentences (and so about the same bytes) as ours.
const fs = require('fs');
const path = require('path');

const contentDirectory = path.join(__dirname, '..', '..', '..', 'src', 'RunnersKnee.Bot', 'Content');

function readJson(...parts) {
    return JSON.parse(fs.readFileSync(path.join(contentDirectory, ...parts), 'utf8'));
}

const texts = readJson('Texts', 'texts.en.json');
const intake = readJson('Intake', 'intake.en.json');
const catalog = readJson('Exercises', 'exercises.json');
const tempos = readJson('Exercises', 'rep-tempo.json');
const figures = readJson('Figures', 'figures.json');

/** A text by key with its {placeholders} filled in; a missing key is a bug, so it throws. */
function text(key, values = {}) {
    const template = texts[key];
    if (template === undefined) {
        throw new Error(`No text '${key}' in texts.en.json`);
    }

    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

const tempoByExercise = new Map(tempos.tempos.map((t) => [t.exercise, t]));
const figureByExercise = new Map(figures.figures.map((f) => [f.exercise, f]));

module.exports = {
    text,
    questions: intake.questions,
    exercises: catalog.exercises,
    sideNames: catalog.sideNames,
    tempoOf: (exerciseId) => tempoByExercise.get(exerciseId),
    figureOf: (exerciseId) => figureByExercise.get(exerciseId),
};
