/**
 * English word stems with natural's Porter stemmer, imported by deep path so the 77 MB entry point and
 * its storage back-ends never load. (No Chinese word segmentation: the fraud model reads character
 * bigrams, which replaced Intl.Segmenter words at about a seventh of the cost; figures in docs/model.md.)
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

export const stem = (word: string): string => PorterStemmer.stem(word.toLowerCase());
