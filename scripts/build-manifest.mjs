/** Placeholder until the manifest work lands (issue 4): writes nothing yet. */
export async function buildManifests() {}
