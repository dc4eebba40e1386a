/**
 * The identity of this build of ub2030: its version and a hash of its sources, set by the bundler.
 * A note that a log was checked holds only for the build that checked it. Undefined when running
 * from the sources (tests), where nothing trusts such notes.
 */
declare const __BUILD__: string | undefined;

export const BUILD: string | undefined = typeof __BUILD__ === 'string' ? __BUILD__ : undefined;
