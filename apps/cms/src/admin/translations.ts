// Where Payload's own Dutch admin texts read awkwardly, ours (read once by an editor): no "Nieuw(e)",
// "Ja"/"Nee" instead of "Waar"/"Onwaar", lower-case "of" between searchable fields.
export const adminTranslations = {
  nl: {
    general: {
      createNewLabel: '{{label}} aanmaken',
      creatingNewLabel: '{{label}} aanmaken',
      newLabel: '{{label}} toevoegen',
      searchBy: 'Zoeken in {{label}}',
      or: 'of',
      true: 'Ja',
      false: 'Nee',
      save: 'Opslaan',
      saveChanges: 'Wijzigingen opslaan',
      selectValue: 'Kies een waarde',
      noLabel: '—',
    },
    version: {
      publishChanges: 'Publiceren',
      saveDraft: 'Concept opslaan',
    },
  },
}
