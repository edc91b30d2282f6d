// Story support: how a story shows a widget on a phone. Used by stories only; never exported from the package.
import type { Decorator } from '@storybook/react-vite';

/**
 * At 360 px: the story's viewport is the phone preset and the widget sits in a 360 px box edge to edge, since the
 * page's padding beside a 360 px frame would scroll a 360 px phone sideways. The widgets lay themselves out by
 * their own width (container queries), so the box is what makes them a phone's.
 * @example export const OnAPhone: Story = { ...phoneStory, play: async () => {…} };
 */
export const phoneStory: {
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  decorators: Decorator[];
} = {
  parameters: { layout: 'fullscreen', viewport: { defaultViewport: 'phone360' } },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  decorators: [
    (Story) => (
      <div className="yl-story-phone" style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
};
