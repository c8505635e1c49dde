// The on-page player of a transcript with a recording (src/components/RecordingPlayer.astro loads
// this module; pages without a recording never do). Without it, a segment's time link opens the
// recording file at that time (#t=…). With it:
// - a time link seeks the page's player and plays from there; focus stays on the link, so the
//   reader keeps their place and can press the next one;
// - the segment being heard (start ≤ t < next start) is highlighted (class seg--playing) and
//   marked aria-current="time", and a visually hidden "Now playing" is put in its head for
//   screen readers that do not announce aria-current.
import { segmentAt } from '../lib/recording';

const media = document.querySelector<HTMLMediaElement>('#recording');
const links = [...document.querySelectorAll<HTMLAnchorElement>('a.seg-time[data-start]')];
if (media && links.length > 0) {
  const starts = links.map((a) => Number(a.dataset.start));
  const articles = links.map((a) => a.closest('article')!);
  const mark = document.createElement('span');
  mark.className = 'sr-only now-playing';
  mark.textContent = ` (${media.dataset.nowPlaying ?? ''})`;
  let current = -1;

  const highlight = () => {
    const i = segmentAt(starts, media.currentTime);
    if (i === current) return;
    if (current >= 0) {
      articles[current]!.classList.remove('seg--playing');
      articles[current]!.removeAttribute('aria-current');
    }
    current = i;
    if (i < 0) return mark.remove();
    articles[i]!.classList.add('seg--playing');
    articles[i]!.setAttribute('aria-current', 'time');
    links[i]!.after(mark);
  };
  media.addEventListener('timeupdate', highlight);
  media.addEventListener('seeked', highlight);

  document.addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.('a.seg-time[data-start]');
    if (!(link instanceof HTMLAnchorElement) || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    media.currentTime = Number(link.dataset.start);
    highlight();
    void media.play().catch(() => {
      // Autoplay refused (or the file cannot play): the player is at the time, the reader presses play.
    });
  });
}
