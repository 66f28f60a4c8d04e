package org.shipshape.gui.loading;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two tones made on the spot (no sound files): a short high one when a package is loaded, two low ones when a scan
 * is refused. They play on their own thread; a computer without a sound device stays silent and loading goes on.
 */
public final class ToneSounds implements ScanSounds {
    private static final Logger LOG = LoggerFactory.getLogger(ToneSounds.class);
    private static final float RATE = 22_050f;
    private final ExecutorService player = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shipshape-sound");
        thread.setDaemon(true);
        return thread;
    });
    private final byte[] loadedTone = tones(new int[] {1_320}, 90, 0);
    private final byte[] refusedTone = tones(new int[] {330, 262}, 160, 60);

    @Override
    public void loaded() {
        play(loadedTone);
    }

    @Override
    public void refused() {
        play(refusedTone);
    }

    private void play(byte[] samples) {
        player.execute(() -> {
            AudioFormat format = new AudioFormat(RATE, 8, 1, true, false);
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format);
                line.start();
                line.write(samples, 0, samples.length);
                line.drain();
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException noSound) {
                // the coloured answer on the screen still says what happened
                LOG.debug("No sound device for the loading screen", noSound);
            }
        });
    }

    /** Sine tones of the given pitches, each {@code millis} long with {@code gapMillis} of silence between. */
    private static byte[] tones(int[] hertz, int millis, int gapMillis) {
        int toneSamples = (int) (RATE * millis / 1000);
        int gapSamples = (int) (RATE * gapMillis / 1000);
        byte[] out = new byte[hertz.length * toneSamples + (hertz.length - 1) * gapSamples];
        int at = 0;
        for (int t = 0; t < hertz.length; t++) {
            for (int i = 0; i < toneSamples; i++) {
                double fade = Math.min(1, Math.min(i, toneSamples - i) / (RATE * 0.005));
                out[at++] = (byte) (Math.sin(2 * Math.PI * hertz[t] * i / RATE) * 90 * fade);
            }
            at += t < hertz.length - 1 ? gapSamples : 0;
        }
        return out;
    }
}
