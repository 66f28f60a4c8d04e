package org.shipshape.gui.loading;

/** The sounds of the loading screen: one for a package loaded, another for a refusal, so nobody has to look. */
public interface ScanSounds {
    void loaded();

    void refused();

    /** Silence, for tests and machines without sound. */
    ScanSounds NONE = new ScanSounds() {
        @Override
        public void loaded() {
        }

        @Override
        public void refused() {
        }
    };
}
