"""Symptom Diary: a leg-symptom diary for B12 deficiency, neuropathy and sciatica."""

__version__ = "0.1.0"
APP_ID = "org.symptomdiary.SymptomDiary"
APP_NAME = "Symptom Diary"
